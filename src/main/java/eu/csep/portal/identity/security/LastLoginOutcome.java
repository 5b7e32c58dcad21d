package eu.csep.portal.identity.security;

import eu.csep.portal.identity.control.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Carries why a log-in in this request failed from the identity store back to the login page. */
@RequestScoped
public class LastLoginOutcome {

    private LoginOutcome outcome;

    void set(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<LoginOutcome> get() {
        return Optional.ofNullable(outcome);
    }
}
