package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalStatus;
import eu.csep.portal.calls.entity.ProposalSubmission;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read side of calls that the review component builds on: a call's evaluation facts and the latest submitted
 * version of each proposal, as DTOs. The review component decides who may see what (assignment and a "no conflict"
 * declaration before any content), so this boundary is open to every caller and is never exposed to a page or an API.
 */
@Stateless
@PermitAll
public class ProposalsForReview {

    /** What review needs of a call; {@code closed}: no submission is possible any more (closed or past deadline). */
    public record CallFacts(long id, String identifier, String title, BigDecimal budget, String rubricReference,
            OffsetDateTime deadline, boolean closed) {
    }

    /** A submitted proposal as its latest submitted version says (what reviewers evaluate). */
    public record Submitted(long id, String reference, long callId, String callIdentifier, long organisationId,
            String title, String acronym, String languages, BigDecimal requestedContribution,
            BigDecimal cofinancingRate, int version, OffsetDateTime submittedAt, String submittedBy, Costs costs) {
    }

    /**
     * The submitted version's total costs per category (step 4, indirect = the flat rate as computed then); null in
     * {@link Submitted} for a version submitted before costs per category were kept.
     */
    public record Costs(BigDecimal personnel, BigDecimal subcontracting, BigDecimal travel, BigDecimal equipment,
            BigDecimal otherCosts, BigDecimal indirect) {
    }

    public record Line(String label, String value) {
    }

    /** The full content of the submitted version, line by line. */
    public record Content(Submitted proposal, List<Line> lines) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<CallFacts> call(long callId) {
        return Optional.ofNullable(em.find(CallForProposals.class, callId)).map(this::facts);
    }

    public List<CallFacts> calls() {
        return em.createNamedQuery(CallForProposals.ALL, CallForProposals.class).getResultStream().map(this::facts)
                .toList();
    }

    /** The call's proposals whose status is SUBMITTED (withdrawn and drafts are not evaluated), oldest first. */
    public List<Submitted> submittedOf(long callId) {
        return latestSubmissions("p.call.id = :owner ORDER BY p.id", callId);
    }

    /** An organisation's submitted proposals (the applicant's evaluation summaries), newest first. */
    public List<Submitted> submittedOfOrganisation(long organisationId) {
        return latestSubmissions("p.organisationId = :owner ORDER BY p.id DESC", organisationId);
    }

    /** Submitted proposals with their latest version, in one query (a version's number counts the submissions). */
    private List<Submitted> latestSubmissions(String condition, long owner) {
        return em.createQuery("SELECT p, s FROM Proposal p, ProposalSubmission s WHERE s.proposalId = p.id"
                + " AND s.number = p.submissions AND p.status = :status AND " + condition, Object[].class)
                .setParameter("status", ProposalStatus.SUBMITTED).setParameter("owner", owner).getResultStream()
                .map(row -> submitted((Proposal) row[0], (ProposalSubmission) row[1])).toList();
    }

    /** A submitted proposal; empty for an unknown, draft or withdrawn one. */
    public Optional<Submitted> submitted(long proposalId) {
        Proposal p = em.find(Proposal.class, proposalId);
        if (p == null || p.getStatus() != ProposalStatus.SUBMITTED) {
            return Optional.empty();
        }
        return latest(p).map(s -> submitted(p, s));
    }

    /** The proposal's organisation, for any proposal (also withdrawn): the applicant sees its own ESR. */
    public Optional<Long> organisationOf(long proposalId) {
        return Optional.ofNullable(em.find(Proposal.class, proposalId)).map(Proposal::getOrganisationId);
    }

    public Optional<Content> content(long proposalId) {
        Proposal p = em.find(Proposal.class, proposalId);
        if (p == null || p.getStatus() != ProposalStatus.SUBMITTED) {
            return Optional.empty();
        }
        return latest(p).map(s -> {
            List<Line> lines = new ArrayList<>();
            for (String line : s.getContent().split("\n")) {
                int colon = line.indexOf(": ");
                lines.add(colon < 0 ? new Line("", line) : new Line(line.substring(0, colon), line.substring(colon + 2)));
            }
            return new Content(submitted(p, s), List.copyOf(lines));
        });
    }

    private Optional<ProposalSubmission> latest(Proposal p) {
        return em.createQuery("SELECT s FROM ProposalSubmission s WHERE s.proposalId = :proposal"
                + " AND s.number = :number", ProposalSubmission.class).setParameter("proposal", p.getId())
                .setParameter("number", p.getSubmissions()).getResultStream().findFirst();
    }

    private Submitted submitted(Proposal p, ProposalSubmission s) {
        return new Submitted(p.getId(), p.reference(), p.getCall().getId(), p.getCall().getIdentifier(),
                p.getOrganisationId(), s.getTitle(), s.getAcronym(), p.summary().languages(), s.getEuContribution(),
                s.getCofinancingRate(), s.getNumber(), s.getSubmittedAt(), s.getSubmittedBy(),
                s.getPersonnel() == null ? null : new Costs(s.getPersonnel(), s.getSubcontracting(), s.getTravel(),
                        s.getEquipment(), s.getOtherCosts(), s.getIndirectCosts()));
    }

    private CallFacts facts(CallForProposals c) {
        return new CallFacts(c.getId(), c.getIdentifier(), c.getTitle(), c.getBudget(), c.getRubricReference(),
                c.getDeadline(), !c.acceptsSubmissionsAt(clock.instant()));
    }
}
