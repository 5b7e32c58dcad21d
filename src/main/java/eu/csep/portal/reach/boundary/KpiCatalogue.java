package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.entity.MetricKind;
import eu.csep.portal.reach.entity.ReachMetric;
import eu.csep.portal.reach.entity.Tier;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The KPI catalogue: everyone reads it; programme officers describe metrics and add typed ones (audited). */
@Stateless
public class KpiCatalogue {

    /** What an officer may change of a metric; {@code version} guards against overwriting someone else's edit. */
    public record Description(String name, String definition, String unit, Tier tier, boolean active, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @PermitAll
    public List<ReachMetric> all() {
        return em.createNamedQuery(ReachMetric.ALL, ReachMetric.class).getResultList();
    }

    /** The active metrics by code with their kinds, as the validation rules need them (derived ones included). */
    @PermitAll
    public Map<String, MetricKind> kinds() {
        Map<String, MetricKind> kinds = new LinkedHashMap<>();
        all().stream().filter(ReachMetric::isActive).forEach(m -> kinds.put(m.getCode(), m.getKind()));
        return kinds;
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public ReachMetric describe(String code, Description d) {
        ReachMetric metric = em.find(ReachMetric.class, code);
        if (metric == null) {
            throw Refusal.notFound("reach.metric.unknown", code);
        }
        if (metric.getVersion() != d.version()) {
            throw Refusal.conflict("version", "reach.metric.stale");
        }
        String before = line(metric);
        metric.describe(d.name(), d.definition(), d.unit(), d.tier(), d.active(), caller(), now());
        em.flush();
        audit.record("reach.metric-update", "reach_metric", code, null, "before: " + before + " | after: " + line(metric));
        return metric;
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public ReachMetric add(String code, MetricKind kind, Description d) {
        String c = code == null ? "" : code.strip();
        if (!c.matches(ReachMetric.CODE_PATTERN)) {
            throw Refusal.invalid("code", "reach.metric.code");
        }
        if (kind == null || !kind.typed()) {
            throw Refusal.invalid("kind", "reach.metric.kind");
        }
        if (em.find(ReachMetric.class, c) != null) {
            throw Refusal.conflict("code", "reach.metric.exists", c);
        }
        int position = all().stream().mapToInt(ReachMetric::getPosition).max().orElse(0) + 10;
        ReachMetric metric = new ReachMetric(c, kind, position);
        metric.describe(d.name(), d.definition(), d.unit(), d.tier(), true, caller(), now());
        em.persist(metric);
        em.flush();
        audit.record("reach.metric-add", "reach_metric", c, null, "after: " + line(metric));
        return metric;
    }

    private static String line(ReachMetric m) {
        return "name=" + m.getName() + ", unit=" + m.getUnit() + ", tier=" + m.getTier() + ", active=" + m.isActive();
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
