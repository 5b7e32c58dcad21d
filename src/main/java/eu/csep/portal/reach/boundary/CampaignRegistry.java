package eu.csep.portal.reach.boundary;

import eu.csep.portal.budget.boundary.GrantFacts;
import eu.csep.portal.calls.boundary.CampaignTargets;
import eu.csep.portal.reach.control.Progress;
import eu.csep.portal.reach.entity.CampaignTarget;
import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.ReachCampaign;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registers a funded grant as a campaign the first time reach meets it, in a transaction of its own (two first
 * reports racing for one campaign: one inserts, the other finds it). Callers check access; this never exposes data.
 */
@Stateless
@PermitAll
public class CampaignRegistry {

    /** A proposal without a duration (or a grant without a proposal) runs for this many months. */
    public static final int DEFAULT_MONTHS = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    GrantFacts grants;

    @Inject
    CampaignTargets promises;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean register(String reference) {
        if (reference == null || reference.length() > 60 || em.find(ReachCampaign.class, reference) != null) {
            return false;
        }
        Optional<GrantFacts.GrantFact> grant = grants.grant(reference).filter(GrantFacts.GrantFact::funded);
        if (grant.isEmpty()) {
            return false;
        }
        Optional<CampaignTargets.Promise> promise = promises.of(reference);
        List<CampaignTarget> targets = new ArrayList<>();
        promise.ifPresent(p -> p.targets().forEach(t -> Platform.parse(t.platform()).ifPresent(platform ->
                Progress.targetMetrics(t.impressions(), t.uniqueReach(), t.engagements(), t.videoViews(),
                        t.clickThroughs()).forEach((metric, target) -> {
                            if (target > 0 && targets.stream().noneMatch(x -> x.getPlatform() == platform
                                    && x.getMetric().equals(metric))) {
                                targets.add(new CampaignTarget(platform, metric, target));
                            }
                        }))));
        GrantFacts.GrantFact g = grant.get();
        LocalDate start = g.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        int months = promise.map(CampaignTargets.Promise::durationMonths).filter(m -> m != null && m > 0)
                .orElse(DEFAULT_MONTHS);
        em.persist(new ReachCampaign(reference, g.organisationId(), g.callIdentifier(),
                promise.map(CampaignTargets.Promise::title).orElse(null),
                promise.map(CampaignTargets.Promise::targetCountries).orElse(null), start, months, targets,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        em.flush();
        return true;
    }
}
