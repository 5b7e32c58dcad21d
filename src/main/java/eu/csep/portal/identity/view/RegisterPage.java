package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.RegistrationRequest;
import eu.csep.portal.identity.boundary.Registrations;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/** Backs /register.xhtml: an NGO registers itself and its first member. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    LocaleSelection localeSelection;

    private final RegistrationRequest form = new RegistrationRequest();
    private String registeredEmail;

    public void register() {
        Messages.attempt("registration", () -> {
            registeredEmail = registrations.register(form, localeSelection.getLocale());
        });
    }

    public RegistrationRequest getForm() {
        return form;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public boolean isDone() {
        return registeredEmail != null;
    }
}
