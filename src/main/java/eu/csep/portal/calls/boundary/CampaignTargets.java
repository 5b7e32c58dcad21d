package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.Proposal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What a funded proposal promised, for the reach component: its KPI targets per platform, countries and duration,
 * found by the proposal's reference. Open to every caller and never exposed to a page or an API: reach decides who
 * may see a campaign.
 */
@Stateless
@PermitAll
public class CampaignTargets {

    /** One platform's targets as the applicant entered them in step 5. */
    public record Target(String platform, long impressions, long uniqueReach, long engagements, long videoViews,
            long clickThroughs) {
    }

    public record Promise(String reference, long organisationId, String callIdentifier, String title,
            String targetCountries, Integer durationMonths, List<Target> targets) {
    }

    @PersistenceContext
    EntityManager em;

    /** The proposal with that reference (e.g. CSEP-2026-01-0007); empty when there is none. */
    public Optional<Promise> of(String proposalReference) {
        if (proposalReference == null || !proposalReference.matches(".+-\\d{4,}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(proposalReference.substring(proposalReference.lastIndexOf('-') + 1));
        Proposal p = em.find(Proposal.class, id);
        if (p == null || !p.reference().equals(proposalReference)) {
            return Optional.empty();
        }
        return Optional.of(new Promise(p.reference(), p.getOrganisationId(), p.getCall().getIdentifier(), p.getTitle(),
                p.summary().targetCountries(), p.getDurationMonths(), p.getKpis().stream()
                        .map(k -> new Target(k.getPlatform(), k.getImpressions(), k.getUniqueReach(),
                                k.getEngagements(), k.getVideoViews(), k.getClickThroughs()))
                        .toList()));
    }
}
