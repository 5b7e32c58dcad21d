package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.Registrations;
import eu.csep.portal.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs /confirm.xhtml, the page the confirmation e-mail links to. */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    Registrations registrations;

    private String token;
    private boolean confirmed;

    public void confirm() {
        Messages.attempt("confirm", () -> {
            registrations.confirmEmail(token);
            confirmed = true;
        });
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
