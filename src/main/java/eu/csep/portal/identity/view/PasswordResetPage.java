package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.PasswordResets;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** Backs /forgot-password.xhtml (ask for a link) and /reset-password.xhtml (choose the new password). */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    @Size(max = 254)
    private String email;
    private String token;
    private String password;
    private boolean done;

    public void request() {
        resets.request(email, localeSelection.getLocale());
        done = true;
    }

    public void reset() {
        Messages.attempt("reset", () -> {
            resets.reset(token, password);
            done = true;
        });
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}
