package eu.csep.portal.shared.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An API token sent as {@code Authorization: Bearer <token>}. The log-in mechanism only carries it; the identity
 * store of the component that issued the token (e.g. hashmatch's matching tokens) decides whether it is valid.
 */
public final class BearerCredential implements Credential {

    private final String token;

    public BearerCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public void clear() {
        // immutable; the token is not kept beyond the request
    }
}
