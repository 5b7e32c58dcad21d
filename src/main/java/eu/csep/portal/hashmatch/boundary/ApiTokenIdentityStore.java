package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.shared.security.BearerCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates hashmatch API tokens (Bearer credentials): such a caller holds MATCH_HASHES and nothing else. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    static final Set<String> GROUPS = Set.of("MATCH_HASHES");

    @Inject
    ApiTokens tokens;

    public CredentialValidationResult validate(BearerCredential credential) {
        return tokens.authenticate(credential.token())
                .map(name -> new CredentialValidationResult(name, GROUPS))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
