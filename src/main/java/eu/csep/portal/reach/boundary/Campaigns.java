package eu.csep.portal.reach.boundary;

import eu.csep.portal.budget.boundary.GrantFacts;
import eu.csep.portal.identity.boundary.ApiTokens;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;

/**
 * Which campaigns the caller may see and report for. An NGO member or a reach token sees the own organisation's
 * funded grants; a programme officer sees all of them, read-only. Anything else is "not found".
 */
@Stateless
public class Campaigns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityContext security;

    @Inject
    CampaignRegistry registry;

    @Inject
    GrantFacts grants;

    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public ReachCampaign readable(String reference) {
        ReachCampaign campaign = registered(reference);
        if (campaign == null || !(officer() || callerOrganisation().filter(o -> o == campaign.getOrganisationId())
                .isPresent())) {
            throw Refusal.notFound("reach.campaign.unknown");
        }
        return campaign;
    }

    /** The caller's own campaign, locked until the transaction ends: reports for one campaign go one at a time. */
    @RolesAllowed("REPORT_REACH")
    public ReachCampaign writable(String reference) {
        ReachCampaign campaign = registered(reference);
        if (campaign == null || callerOrganisation().filter(o -> o == campaign.getOrganisationId()).isEmpty()) {
            throw Refusal.notFound("reach.campaign.unknown");
        }
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        return campaign;
    }

    /** The caller organisation's campaigns; for officers (no organisation) every funded grant. */
    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public List<ReachCampaign> visible() {
        Optional<Long> organisation = callerOrganisation();
        if (organisation.isPresent()) {
            grants.ofOrganisation(organisation.get()).stream().filter(GrantFacts.GrantFact::funded)
                    .forEach(g -> registered(g.proposalReference()));
            return em.createNamedQuery(ReachCampaign.OF_ORGANISATION, ReachCampaign.class)
                    .setParameter("o", organisation.get()).getResultList();
        }
        if (!officer()) {
            return List.of();
        }
        return all();
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public List<ReachCampaign> all() {
        grants.funded().forEach(g -> registered(g.proposalReference()));
        return em.createNamedQuery(ReachCampaign.ALL, ReachCampaign.class).getResultList();
    }

    /** The organisation the caller reports for: the member's organisation, or the reach token's. */
    Optional<Long> callerOrganisation() {
        if (security.isCallerInRole("SIGNED_IN")) {
            return directory.callerOrganisation().map(Organisation::getId);
        }
        return security.getCallerPrincipal() == null ? Optional.empty()
                : tokens.organisationOfCaller(ApiTokenScope.REPORT_REACH, security.getCallerPrincipal().getName());
    }

    boolean officer() {
        return security.isCallerInRole("MANAGE_PROGRAMME");
    }

    private ReachCampaign registered(String reference) {
        ReachCampaign campaign = reference == null ? null : em.find(ReachCampaign.class, reference);
        if (campaign != null) {
            return campaign;
        }
        try {
            registry.register(reference);
        } catch (EJBException raced) {
            // another request registered it at the same moment: read theirs
        }
        return reference == null ? null : em.find(ReachCampaign.class, reference);
    }
}
