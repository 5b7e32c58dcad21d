package eu.csep.portal.reach.boundary;

import eu.csep.portal.shared.security.BearerCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Validates reach reporting tokens (Bearer credentials starting "rt_"): such a caller holds REPORT_REACH and nothing
 * else. Any other bearer token is not ours: NOT_VALIDATED, so that the store that issued it decides.
 */
@ApplicationScoped
public class ReachTokenIdentityStore implements IdentityStore {

    static final Set<String> GROUPS = Set.of("REPORT_REACH");

    @Inject
    ReachTokens tokens;

    public CredentialValidationResult validate(BearerCredential credential) {
        if (!ReachTokens.owns(credential.token())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.authenticate(credential.token())
                .map(t -> new CredentialValidationResult(t.callerName(), GROUPS))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
