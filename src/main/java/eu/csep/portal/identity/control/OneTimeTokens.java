package eu.csep.portal.identity.control;

import eu.csep.portal.shared.control.Digests;

/** Unguessable one-time link tokens: 256 random bits for the link, their SHA-256 for the database. */
public final class OneTimeTokens {

    private OneTimeTokens() {
    }

    public static String newToken() {
        return Digests.newSecret("");
    }

    public static String hash(String token) {
        return Digests.sha256(token);
    }

    /** Tokens we issued are 43 URL-safe base64 characters; anything else is refused before a database lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
