package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.Accounts;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Permission;
import eu.csep.portal.identity.entity.Role;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;

/**
 * Who the caller is, and the people they may see: an NGO member sees the members of their own organisation
 * only; programme staff see every organisation. Other components ask here instead of reading accounts.
 */
@Stateless
public class Directory {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @RolesAllowed("SIGNED_IN")
    public Account caller() {
        return accounts.byEmail(security.getCallerPrincipal().getName())
                .orElseThrow(() -> Refusal.notFound("account.unknown"));
    }

    /** The caller's organisation, empty for programme staff. */
    @RolesAllowed("SIGNED_IN")
    public Optional<Organisation> callerOrganisation() {
        return Optional.ofNullable(caller().getOrganisation());
    }

    @RolesAllowed("SIGNED_IN")
    public Organisation organisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !maySee(organisation)) {
            // another NGO's organisation is "not found", not "forbidden": its existence is not disclosed
            throw Refusal.notFound("organisation.unknown");
        }
        return organisation;
    }

    @RolesAllowed("SIGNED_IN")
    public List<Account> members(long organisationId) {
        Organisation organisation = organisation(organisationId);
        return em.createNamedQuery(Account.MEMBERS, Account.class).setParameter("organisation", organisation.getId())
                .getResultList();
    }

    /**
     * The organisation of the active member with this e-mail address, for an applicant inviting it as a partner
     * (calls #3); empty for an unknown, inactive or staff address.
     */
    @RolesAllowed("APPLY")
    public Optional<Organisation> organisationOfMember(String email) {
        return accounts.byEmail(email == null ? "" : email.strip())
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.getOrganisation() != null)
                .map(Account::getOrganisation);
    }

    @RolesAllowed({"ADMINISTER"})
    public List<Account> staff() {
        return em.createNamedQuery(Account.STAFF, Account.class).getResultList();
    }

    /** Accounts holding a role, e.g. the reviewers an officer assigns (programme staff only). */
    @RolesAllowed({"ADMINISTER", "MANAGE_PROGRAMME"})
    public List<Account> withRole(Role role) {
        return em.createQuery("SELECT a FROM Account a WHERE a.role = :role ORDER BY a.displayName", Account.class)
                .setParameter("role", role).getResultList();
    }

    @RolesAllowed({"ADMINISTER", "MANAGE_PROGRAMME"})
    public List<Organisation> organisations() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.legalName", Organisation.class).getResultList();
    }

    private boolean maySee(Organisation organisation) {
        if (security.isCallerInRole(Permission.ADMINISTER.name())
                || security.isCallerInRole(Permission.MANAGE_PROGRAMME.name())) {
            return true;
        }
        Organisation own = caller().getOrganisation();
        return own != null && own.getId().equals(organisation.getId());
    }
}
