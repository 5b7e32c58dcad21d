package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.Invitations;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** Backs /invitation.xhtml: the invitee confirms their name and chooses a password. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    private String token;
    private String email;
    private String roleName;
    private String organisationName;
    private String displayName;
    private String password;
    private boolean valid;
    private boolean accepted;

    public void load() {
        if (email != null) {
            return; // a postback of the same view
        }
        Messages.attempt("invitation", () -> {
            Account invited = invitations.describe(token);
            email = invited.getEmail();
            roleName = invited.getRole().name();
            organisationName = invited.getOrganisation() == null ? null : invited.getOrganisation().getLegalName();
            displayName = invited.getDisplayName();
            valid = true;
        });
    }

    public void accept() {
        Messages.attempt("invitation", () -> {
            invitations.accept(token, displayName, password);
            accepted = true;
        });
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
