package eu.csep.portal.shared.audit.boundary;

import eu.csep.portal.shared.audit.entity.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log's only door. {@link #record} joins the caller's transaction, so an audited change and its
 * entry commit or roll back together.
 */
@Stateless
public class AuditTrail {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String targetType, Object targetId, Long organisationId, String details) {
        em.persist(new AuditEntry(currentActor(), action, targetType, targetId == null ? null : targetId.toString(),
                organisationId, details));
    }

    /** For work done in nobody's name yet (a log-in, a registration, start-up): the actor is given. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String targetType, Object targetId, Long organisationId,
            String details) {
        em.persist(new AuditEntry(actor, action, targetType, targetId == null ? null : targetId.toString(),
                organisationId, details));
    }

    @RolesAllowed("BROWSE_AUDIT_LOG")
    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(conditions(cb, entry, filter));
        String field = switch (sortField == null ? "" : sortField) {
            case "actor", "action", "targetType", "targetId" -> sortField;
            default -> "occurredAt";
        };
        query.orderBy(ascending ? cb.asc(entry.get(field)) : cb.desc(entry.get(field)),
                ascending ? cb.asc(entry.get("id")) : cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed = em.createQuery(query);
        typed.setFirstResult(Math.max(0, first));
        typed.setMaxResults(Math.min(Math.max(1, pageSize), 1000));
        return typed.getResultList();
    }

    @RolesAllowed("BROWSE_AUDIT_LOG")
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(conditions(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        like(cb, entry, where, "actor", f.actor());
        like(cb, entry, where, "action", f.action());
        like(cb, entry, where, "targetType", f.targetType());
        if (f.targetId() != null && !f.targetId().isBlank()) {
            where.add(cb.equal(entry.get("targetId"), f.targetId().trim()));
        }
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), f.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void like(CriteriaBuilder cb, Root<AuditEntry> entry, List<Predicate> where, String field,
            String value) {
        if (value != null && !value.isBlank()) {
            String escaped = value.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.add(cb.like(cb.lower(entry.get(field)), "%" + escaped + "%", '\\'));
        }
    }

    private String currentActor() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? ANONYMOUS : caller.getName();
    }
}
