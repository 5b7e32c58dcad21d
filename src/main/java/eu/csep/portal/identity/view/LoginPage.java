package eu.csep.portal.identity.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.boundary.Registrations;
import eu.csep.portal.identity.control.LoginOutcome;
import eu.csep.portal.identity.security.LastLoginOutcome;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** Backs /login.xhtml: signs in through Jakarta Security and says plainly why not when it fails. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    LastLoginOutcome lastOutcome;

    @Inject
    Directory directory;

    @Inject
    Registrations registrations;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 128)
    private String password;

    private String next;
    private boolean unconfirmed;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/" + destination());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused();
        }
    }

    public void resendConfirmation() {
        registrations.resendConfirmation(email, localeSelection.getLocale());
        Messages.info("login.confirmationResent", email);
    }

    private void refused() {
        LoginOutcome outcome = lastOutcome.get().orElse(null);
        LoginOutcome.Result result = outcome == null ? LoginOutcome.Result.BAD_CREDENTIALS : outcome.result();
        switch (result) {
            case LOCKED -> Messages.error(null, "login.locked", outcome.lockedMinutes());
            case UNCONFIRMED -> {
                unconfirmed = true;
                Messages.error(null, "login.unconfirmed", email);
            }
            case NOT_ACTIVE -> Messages.error(null, "login.notActive");
            default -> Messages.error(null, "login.badCredentials");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Where to go after signing in: the page that asked for it when it is one of ours, else the role's dashboard. */
    String destination() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next.substring(1);
        }
        return directory.caller().getRole().home() + ".xhtml";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }
}
