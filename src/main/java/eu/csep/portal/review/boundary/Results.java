package eu.csep.portal.review.boundary;

import eu.csep.portal.budget.boundary.ProposalSelected;
import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.review.control.Scoreboard;
import eu.csep.portal.review.control.SummaryPdf;
import eu.csep.portal.review.entity.Consensus;
import eu.csep.portal.review.entity.Criterion;
import eu.csep.portal.review.entity.Decision;
import eu.csep.portal.review.entity.Evaluation;
import eu.csep.portal.review.entity.Outcome;
import eu.csep.portal.review.entity.Report;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decisions and what the applicant learns: the officer selects, reserves or rejects ranked proposals (a selection
 * fires {@link ProposalSelected}, which the budget turns into a pending commitment, in the same transaction);
 * publishing the results e-mails each applicant an information letter (PDF) and opens their Evaluation Summary
 * Report in the portal. Reviewer names never appear in either.
 */
@Stateless
public class Results {

    @PersistenceContext
    EntityManager em;

    @Inject
    Evaluations evaluations;

    @Inject
    ProposalsForReview proposals;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProposalSelected> selected;

    @Inject
    Event<MailRequested> mail;

    @Inject
    Clock clock;

    @RolesAllowed("MANAGE_PROGRAMME")
    public Decision decide(long proposalId, Outcome outcome) {
        if (outcome == null) {
            throw Refusal.invalid("outcome", "review.decision.outcome");
        }
        ProposalsForReview.Submitted p = evaluations.submitted(proposalId);
        Evaluation e = em.find(Evaluation.class, evaluations.ofCall(p.callId()).getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (e.isPublished()) {
            throw Refusal.conflict(null, "review.published");
        }
        Evaluations.RankingView ranking = evaluations.rankingOf(e, null);
        Integer rank = ranking.ranked().stream().filter(r -> r.proposalId() == proposalId).map(Evaluations.RankedRow::rank)
                .findFirst().orElse(null);
        boolean failed = ranking.failed().stream().anyMatch(f -> f.proposalId() == proposalId);
        if (rank == null && !failed) {
            throw Refusal.conflict(null, "review.decision.unscored");
        }
        if (failed && outcome != Outcome.REJECTED) {
            throw Refusal.conflict("outcome", "review.decision.belowThreshold");
        }
        Decision d = em.find(Decision.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            d = new Decision(proposalId, e.getId());
            d.decide(outcome, rank, caller(), clock.instant());
            em.persist(d);
        } else {
            d.decide(outcome, rank, caller(), clock.instant());
        }
        em.flush();
        audit.record("review.decided", "Proposal", p.reference(), p.organisationId(), outcome + " at rank " + rank);
        if (outcome == Outcome.SELECTED) {
            selected.fire(new ProposalSelected(p.reference(), p.organisationId(), p.callIdentifier(),
                    p.requestedContribution(), p.cofinancingRate()));
        }
        return d;
    }

    /** Publishes the call's results: every scored proposal must be decided; each applicant gets the letter. */
    @RolesAllowed("MANAGE_PROGRAMME")
    public int publish(long callId) {
        Evaluation e = em.find(Evaluation.class, evaluations.ofCall(callId).getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (e.isPublished()) {
            throw Refusal.conflict(null, "review.published");
        }
        Evaluations.RankingView ranking = evaluations.rankingOf(e, null);
        long undecided = ranking.ranked().stream().filter(r -> r.decision() == null).count()
                + ranking.failed().stream().filter(f -> f.decision() == null).count();
        if (undecided > 0 || ranking.ranked().isEmpty() && ranking.failed().isEmpty()) {
            throw Refusal.conflict(null, "review.publish.undecided", undecided);
        }
        e.publish();
        int letters = 0;
        for (ProposalsForReview.Submitted p : proposals.submittedOf(callId)) {
            Optional<Esr> esr = esr(e, p);
            if (esr.isEmpty()) {
                continue;
            }
            SummaryPdf.Esr r = esr.get().report();
            byte[] letter = SummaryPdf.letter(new SummaryPdf.Letter(p.reference(), p.callIdentifier(), p.title(),
                    r.organisation(), r.decision(), r.total(), r.rank(), LocalDate.now(clock.withZone(ZoneOffset.UTC))
                            .toString()));
            mail.fire(new MailRequested(p.submittedBy(), "Evaluation result " + p.reference(),
                    "The evaluation of your proposal " + p.reference() + " is complete. The information letter is "
                            + "attached; the Evaluation Summary Report is in the CSEP Portal under your proposals.",
                    List.of(new MailRequested.Attachment("letter-" + p.reference() + ".pdf", "application/pdf", letter))));
            letters++;
        }
        audit.record("review.results-published", "Evaluation", e.getCallIdentifier(), null, letters + " letters");
        return letters;
    }

    /** The ESR of any proposal, for officers (also before publication). */
    @RolesAllowed("MANAGE_PROGRAMME")
    public byte[] esrForOfficer(long proposalId) {
        ProposalsForReview.Submitted p = evaluations.submitted(proposalId);
        Evaluation e = evaluations.ofCall(p.callId());
        return SummaryPdf.esr(esr(e, p).orElseThrow(() -> Refusal.conflict(null, "review.decision.unscored")).report());
    }

    /** A published evaluation summary the applicant may download. */
    public record Summary(long proposalId, String reference, String title, String callIdentifier, String decision) {
    }

    /** The caller organisation's proposals whose results are published. */
    @RolesAllowed("APPLY")
    public List<Summary> mine() {
        Organisation own = directory.callerOrganisation().orElseThrow(() -> Refusal.notFound("review.esr.unknown"));
        List<Summary> out = new ArrayList<>();
        for (ProposalsForReview.Submitted p : proposals.submittedOfOrganisation(own.getId())) {
            boolean published = em.createNamedQuery(Evaluation.OF_CALL, Evaluation.class).setParameter("call", p.callId())
                    .getResultStream().anyMatch(Evaluation::isPublished);
            if (published) {
                Decision d = em.find(Decision.class, p.id());
                out.add(new Summary(p.id(), p.reference(), p.title(), p.callIdentifier(),
                        d == null ? null : d.getOutcome().name()));
            }
        }
        return out;
    }

    /** The applicant's own ESR, once the call's results are published; anything else is "not found". */
    @RolesAllowed("APPLY")
    public byte[] esrForApplicant(long proposalId) {
        Organisation own = directory.callerOrganisation().orElseThrow(() -> Refusal.notFound("review.esr.unknown"));
        ProposalsForReview.Submitted p = proposals.submitted(proposalId)
                .filter(s -> s.organisationId() == own.getId())
                .orElseThrow(() -> Refusal.notFound("review.esr.unknown"));
        Evaluation e = em.createNamedQuery(Evaluation.OF_CALL, Evaluation.class).setParameter("call", p.callId())
                .getResultStream().findFirst().filter(Evaluation::isPublished)
                .orElseThrow(() -> Refusal.notFound("review.esr.unknown"));
        return SummaryPdf.esr(esr(e, p).orElseThrow(() -> Refusal.notFound("review.esr.unknown")).report());
    }

    record Esr(SummaryPdf.Esr report) {
    }

    private Optional<Esr> esr(Evaluation e, ProposalsForReview.Submitted p) {
        Evaluations.Loaded loaded = evaluations.load(e);
        Scoreboard.Line line = loaded.board().lines().stream().filter(l -> l.entry().proposalId() == p.id())
                .findFirst().orElse(null);
        if (line == null || line.basis() == Scoreboard.Basis.NONE) {
            return Optional.empty();
        }
        Consensus consensus = loaded.consensus().get(p.id());
        List<Report> reports = loaded.assignments().stream().filter(a -> a.getProposalId() == p.id())
                .map(a -> loaded.reports().get(a.getId())).filter(r -> r != null && r.submitted()).toList();
        List<SummaryPdf.CriterionLine> lines = new ArrayList<>();
        for (int i = 0; i < e.getCriteria().size(); i++) {
            Criterion c = e.getCriteria().get(i);
            double score = line.used()[i];
            List<String> comments = new ArrayList<>();
            if (consensus != null) {
                comments.add(consensus.getScores().get(i).getComment());
            } else {
                char letter = 'A';
                for (Report r : reports) {
                    comments.add("Expert " + letter++ + ": " + r.getScores().get(i).getComment());
                }
            }
            lines.add(new SummaryPdf.CriterionLine(c.getName(), format(score) + " / " + format(c.getMaxPoints()
                    .doubleValue()), format(c.getThreshold().doubleValue()),
                    score >= c.getThreshold().doubleValue() - 1e-9, comments));
        }
        double total = e.plain().total(line.used());
        Evaluations.RankingView ranking = evaluations.rankingOf(e, null);
        String rank = ranking.ranked().stream().filter(r -> r.proposalId() == p.id())
                .map(r -> r.rank() + " of " + ranking.ranked().size() + (r.withinBudget() ? ", within the budget"
                        : ", below the budget line (reserve)")).findFirst().orElse("not ranked: a threshold was not met");
        Decision decision = em.find(Decision.class, p.id());
        Organisation organisation = directory.organisation(p.organisationId());
        String basis = switch (line.basis()) {
            case CONSENSUS -> "consensus report of the moderator";
            case CALIBRATED_MEAN -> "mean of the experts' scores, calibrated for reviewer harshness";
            default -> "mean of the experts' raw scores (no calibration)";
        };
        return Optional.of(new Esr(new SummaryPdf.Esr(p.reference(), p.callIdentifier(), p.title(),
                organisation.getLegalName(), lines, format(total), format(e.getOverallThreshold().doubleValue()),
                total >= e.getOverallThreshold().doubleValue() - 1e-9, rank,
                decision == null ? "not decided yet" : decision.getOutcome().name().toLowerCase(Locale.ROOT), basis)));
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String caller() {
        return directory.caller().getEmail();
    }
}
