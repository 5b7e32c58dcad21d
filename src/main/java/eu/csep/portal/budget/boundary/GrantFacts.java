package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CommitmentStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Read-only facts about funded grants for other components (reach: which campaigns exist, what was paid for cost
 * per reach). Open to every caller and never exposed to a page or an API: the caller's component decides who may
 * see what.
 */
@Stateless
@PermitAll
public class GrantFacts {

    /** A confirmed grant: {@code funded} once the officer confirmed the commitment (OPEN or CLOSED). */
    public record GrantFact(String proposalReference, long organisationId, String callIdentifier, String status,
            boolean funded, BigDecimal committed, BigDecimal paid, OffsetDateTime createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<GrantFact> grant(String proposalReference) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.proposalReference = :r", Commitment.class)
                .setParameter("r", proposalReference).getResultStream().findFirst().map(this::fact);
    }

    /** The organisation's grants, newest first. */
    public List<GrantFact> ofOrganisation(long organisationId) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.organisationId = :o ORDER BY c.id DESC",
                Commitment.class).setParameter("o", organisationId).getResultStream().map(this::fact).toList();
    }

    /** Every confirmed grant of the programme (OPEN or CLOSED), by reference. */
    public List<GrantFact> funded() {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.status <> :pending ORDER BY c.proposalReference",
                Commitment.class).setParameter("pending", CommitmentStatus.PENDING).getResultStream().map(this::fact)
                .toList();
    }

    private GrantFact fact(Commitment c) {
        CallBudget call = em.find(CallBudget.class, c.getCallBudgetId());
        return new GrantFact(c.getProposalReference(), c.getOrganisationId(),
                call == null ? null : call.getCallIdentifier(), c.getStatus().name(),
                c.getStatus() != CommitmentStatus.PENDING, c.getCommitted().amount(), c.getPaid().amount(),
                c.getCreatedAt());
    }
}
