package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.boundary.Invitations;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Backs /applicant/dashboard.xhtml: the NGO's organisation, its members, and inviting a colleague. */
@Named
@ViewScoped
public class ApplicantDashboard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    Invitations invitations;

    @Inject
    LocaleSelection localeSelection;

    private Organisation organisation;
    private List<Account> members;
    private String inviteEmail;
    private String inviteName;

    @PostConstruct
    void load() {
        organisation = directory.callerOrganisation().orElseThrow();
        members = directory.members(organisation.getId());
    }

    public void invite() {
        Messages.attempt("invite", () -> {
            invitations.inviteMember(inviteEmail, inviteName, localeSelection.getLocale());
            Messages.info("members.invited", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            members = directory.members(organisation.getId());
        });
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Account> getMembers() {
        return members;
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
}
