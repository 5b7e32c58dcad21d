package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HashInput;
import eu.csep.portal.hashmatch.control.ReferralStats;
import eu.csep.portal.hashmatch.entity.Outcome;
import eu.csep.portal.hashmatch.entity.Referral;
import eu.csep.portal.hashmatch.entity.RemovalOrder;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Referrals of online content to platforms and TCO removal orders, recorded by hash admins; every change is
 * audited with before/after. The platform list and the overdue period come from configuration
 * ({@code hashmatch.referral.platforms}, {@code hashmatch.referral.overdue-days}).
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class Referrals {

    public record ReferralDraft(String url, String platform, LocalDate referredOn, String category,
            Collection<Long> entryIds) {
    }

    public record OrderDraft(String url, String platform, String authority, OffsetDateTime receivedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    @ConfigProperty(name = "hashmatch.referral.platforms")
    String platforms;

    @Inject
    @ConfigProperty(name = "hashmatch.referral.overdue-days", defaultValue = "14")
    int overdueDays;

    public List<String> platforms() {
        return Arrays.stream(platforms.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public int overdueDays() {
        return overdueDays;
    }

    public Referral refer(ReferralDraft d) {
        String url = url(d.url());
        String platform = platform(d.platform());
        LocalDate referredOn = d.referredOn();
        if (referredOn == null) {
            throw Refusal.invalid("referredOn", "hashmatch.field.required");
        }
        if (referredOn.isAfter(today())) {
            throw Refusal.invalid("referredOn", "hashmatch.referral.inFuture");
        }
        String category = HashInput.text("category", d.category(), 100, true);
        Set<Long> ids = new TreeSet<>();
        if (d.entryIds() != null) {
            d.entryIds().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        if (!ids.isEmpty()) {
            long found = em.createQuery("SELECT COUNT(e) FROM HashEntry e WHERE e.id IN :ids", Long.class)
                    .setParameter("ids", ids).getSingleResult();
            if (found != ids.size()) {
                throw Refusal.invalid("entries", "hashmatch.referral.unknownEntries");
            }
        }
        Referral r = new Referral(url, platform, referredOn, category, ids, caller(), now());
        em.persist(r);
        em.flush();
        audit.record("referral.create", "Referral", r.getId(), null, "after: " + r.describe());
        return r;
    }

    public Referral recordOutcome(long id, String outcome, LocalDate on) {
        Referral r = em.find(Referral.class, id);
        if (r == null) {
            throw Refusal.notFound("hashmatch.referral.unknown");
        }
        String before = r.describe();
        r.recordOutcome(outcome(outcome), on, today());
        audit.record("referral.outcome", "Referral", id, null, "before: " + before + " | after: " + r.describe());
        return r;
    }

    public List<Referral> referrals() {
        return em.createNamedQuery(Referral.ALL, Referral.class).getResultList();
    }

    /** Without an outcome more than the configured number of days after referral, oldest first. */
    public List<Referral> overdue() {
        LocalDate today = today();
        return em.createQuery("SELECT r FROM Referral r WHERE r.outcome IS NULL AND r.referredOn < :limit"
                + " ORDER BY r.referredOn, r.id", Referral.class)
                .setParameter("limit", today.minusDays(overdueDays)).getResultList().stream()
                .filter(r -> ReferralStats.overdue(r.getReferredOn(), r.getOutcome(), today, overdueDays)).toList();
    }

    public List<ReferralStats.Row> statsPerMonth() {
        return ReferralStats.perPlatformAndMonth(facts());
    }

    public List<ReferralStats.Row> statsPerPlatform() {
        return ReferralStats.perPlatform(facts());
    }

    private List<ReferralStats.Fact> facts() {
        return em.createQuery("SELECT r.platform, r.referredOn, r.outcome FROM Referral r", Object[].class)
                .getResultList().stream()
                .map(a -> new ReferralStats.Fact((String) a[0], (LocalDate) a[1], (Outcome) a[2])).toList();
    }

    public RemovalOrder receiveOrder(OrderDraft d) {
        String url = url(d.url());
        String platform = platform(d.platform());
        String authority = HashInput.text("authority", d.authority(), 200, true);
        OffsetDateTime now = now();
        OffsetDateTime received = d.receivedAt() == null ? now : d.receivedAt();
        if (received.isAfter(now.plusMinutes(1))) {
            throw Refusal.invalid("receivedAt", "hashmatch.referral.inFuture");
        }
        RemovalOrder o = new RemovalOrder(url, platform, authority, received, caller(), now);
        em.persist(o);
        em.flush();
        audit.record("removalorder.create", "RemovalOrder", o.getId(), null, "after: " + o.describe());
        return o;
    }

    public RemovalOrder orderOutcome(long id, String outcome, OffsetDateTime at) {
        RemovalOrder o = em.find(RemovalOrder.class, id);
        if (o == null) {
            throw Refusal.notFound("hashmatch.order.unknown");
        }
        String before = o.describe();
        OffsetDateTime now = now();
        o.recordOutcome(outcome(outcome), at == null ? now : at, now);
        audit.record("removalorder.outcome", "RemovalOrder", id, null, "before: " + before + " | after: " + o.describe());
        return o;
    }

    public List<RemovalOrder> orders() {
        return em.createNamedQuery(RemovalOrder.ALL, RemovalOrder.class).setMaxResults(500).getResultList();
    }

    private String url(String value) {
        String url = HashInput.text("url", value, 2000, true);
        if (!ReferralStats.validUrl(url)) {
            throw Refusal.invalid("url", "hashmatch.referral.badUrl");
        }
        return url;
    }

    private String platform(String value) {
        String p = HashInput.text("platform", value, 100, true);
        return platforms().stream().filter(k -> k.equalsIgnoreCase(p)).findFirst()
                .orElseThrow(() -> Refusal.invalid("platform", "hashmatch.referral.unknownPlatform", p));
    }

    static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid("outcome", "hashmatch.referral.outcomeRequired");
        }
        try {
            return Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("outcome", "hashmatch.referral.outcomeRequired");
        }
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
