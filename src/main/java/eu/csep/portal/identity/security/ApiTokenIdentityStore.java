package eu.csep.portal.identity.security;

import eu.csep.portal.identity.boundary.ApiTokens;
import eu.csep.portal.shared.security.BearerCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Validates machine API tokens (Bearer credentials) of every scope: the caller holds the scope's one permission as
 * its only group (MATCH_HASHES or REPORT_REACH), so a token opens nothing outside its scope.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    ApiTokens tokens;

    public CredentialValidationResult validate(BearerCredential credential) {
        return tokens.authenticate(credential.token())
                .map(t -> new CredentialValidationResult(t.callerName(), t.getScope().groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
