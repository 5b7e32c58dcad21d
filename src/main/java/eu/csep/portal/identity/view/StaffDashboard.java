package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.boundary.Invitations;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Role;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Backs /admin/dashboard.xhtml: programme staff, registered organisations, and inviting staff. */
@Named
@ViewScoped
public class StaffDashboard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    Invitations invitations;

    @Inject
    LocaleSelection localeSelection;

    private List<Account> staff;
    private List<Organisation> organisations;
    private String inviteEmail;
    private String inviteName;
    private Role inviteRole = Role.REVIEWER;

    @PostConstruct
    void load() {
        staff = directory.staff();
        organisations = directory.organisations();
    }

    public void invite() {
        Messages.attempt("invite", () -> {
            invitations.inviteStaff(inviteEmail, inviteName, inviteRole, localeSelection.getLocale());
            Messages.info("staff.invited", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            staff = directory.staff();
        });
    }

    public Set<Role> getStaffRoles() {
        return Role.staff();
    }

    public List<Account> getStaff() {
        return staff;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }
}
