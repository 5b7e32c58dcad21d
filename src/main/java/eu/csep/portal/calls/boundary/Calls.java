package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallStatus;
import eu.csep.portal.calls.entity.CallTerms;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/** Programme officers prepare, publish and close calls; everybody may read the open ones. */
@Stateless
public class Calls {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed("MANAGE_PROGRAMME")
    public CallForProposals prepare(@Valid @NotNull CallForm form) {
        if (byIdentifier(form.getIdentifier()) != null) {
            throw Refusal.conflict("identifier", "call.duplicateIdentifier", form.getIdentifier());
        }
        CallForProposals call = new CallForProposals(form.getIdentifier(), terms(form));
        em.persist(call);
        em.flush();
        audit.record("CALL_PREPARED", "Call", call.getIdentifier(), null, call.getTitle());
        return call;
    }

    /** Revises a draft; refuses when someone else changed it since the officer opened it (version). */
    @RolesAllowed("MANAGE_PROGRAMME")
    public CallForProposals revise(long id, long version, @Valid @NotNull CallForm form) {
        CallForProposals call = find(id);
        if (call.getVersion() != version) {
            throw Refusal.conflict(null, "call.changedMeanwhile");
        }
        if (call.getStatus() != CallStatus.DRAFT) {
            throw Refusal.conflict(null, "call.notDraft");
        }
        call.revise(terms(form));
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw Refusal.conflict(null, "call.changedMeanwhile");
        }
        audit.record("CALL_REVISED", "Call", call.getIdentifier(), null, call.getTitle());
        return call;
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public CallForProposals publish(long id) {
        CallForProposals call = em.find(CallForProposals.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw Refusal.notFound("call.unknown");
        }
        if (call.getStatus() != CallStatus.DRAFT) {
            throw Refusal.conflict(null, "call.notDraft");
        }
        if (!call.getDeadline().toInstant().isAfter(clock.instant())) {
            throw Refusal.invalid("deadline", "call.deadlinePassed");
        }
        call.publish(clock.instant());
        audit.record("CALL_PUBLISHED", "Call", call.getIdentifier(), null, null);
        return call;
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public CallForProposals close(long id) {
        CallForProposals call = em.find(CallForProposals.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw Refusal.notFound("call.unknown");
        }
        if (call.getStatus() != CallStatus.OPEN) {
            throw Refusal.conflict(null, "call.notOpen");
        }
        call.close();
        audit.record("CALL_CLOSED", "Call", call.getIdentifier(), null, null);
        return call;
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public List<CallForProposals> all() {
        return em.createNamedQuery(CallForProposals.ALL, CallForProposals.class).getResultList();
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public CallForProposals find(long id) {
        CallForProposals call = em.find(CallForProposals.class, id);
        if (call == null) {
            throw Refusal.notFound("call.unknown");
        }
        return call;
    }

    /** Published calls, soonest deadline first; drafts are never shown outside the programme team. */
    @PermitAll
    public List<CallForProposals> published() {
        return em.createNamedQuery(CallForProposals.BY_STATUS, CallForProposals.class)
                .setParameter("status", CallStatus.OPEN).getResultList();
    }

    @PermitAll
    public CallForProposals published(String identifier) {
        CallForProposals call = byIdentifier(identifier);
        if (call == null || call.getStatus() == CallStatus.DRAFT) {
            throw Refusal.notFound("call.unknown");
        }
        return call;
    }

    private CallForProposals byIdentifier(String identifier) {
        return em.createNamedQuery(CallForProposals.BY_IDENTIFIER, CallForProposals.class)
                .setParameter("identifier", identifier == null ? "" : identifier.strip())
                .getResultStream().findFirst().orElse(null);
    }

    private static CallTerms terms(CallForm form) {
        try {
            CallTerms terms = form.terms();
            terms.check();
            return terms;
        } catch (CallTerms.BrokenRule broken) {
            throw Refusal.invalid(broken.field(), broken.messageKey());
        }
    }
}
