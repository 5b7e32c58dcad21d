package eu.csep.portal.identity.security;

import eu.csep.portal.identity.boundary.Authenticator;
import eu.csep.portal.identity.control.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of the portal's accounts: checks e-mail and password through the Authenticator. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Inject
    LastLoginOutcome lastOutcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString());
        lastOutcome.set(outcome);
        return outcome.succeeded() ? new CredentialValidationResult(outcome.email(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
