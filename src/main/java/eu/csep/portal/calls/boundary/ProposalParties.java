package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalPartner;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which organisations take part in a proposal: the applicant and its confirmed partners. Other components'
 * boundaries ask this (review: conflict-of-interest hints); they decide themselves who may see what, so this
 * boundary is open to every caller and is never exposed to a page or an API.
 */
@Stateless
@PermitAll
public class ProposalParties {

    @PersistenceContext
    EntityManager em;

    /** The applicant organisation first, then the confirmed partners; empty for an unknown proposal. */
    public Set<Long> organisations(long proposalId) {
        Set<Long> parties = new LinkedHashSet<>();
        Proposal p = em.find(Proposal.class, proposalId);
        if (p != null) {
            parties.add(p.getOrganisationId());
            parties.addAll(em.createNamedQuery(ProposalPartner.CONFIRMED_ORGANISATIONS, Long.class)
                    .setParameter("proposal", proposalId).getResultList());
        }
        return parties;
    }
}
