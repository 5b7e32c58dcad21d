package eu.csep.portal.identity.control;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** The answer to a log-in attempt: who signed in with which groups, or why not. */
public record LoginOutcome(Result result, String email, Set<String> groups, long lockedMinutes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Result { SIGNED_IN, BAD_CREDENTIALS, LOCKED, UNCONFIRMED, NOT_ACTIVE }

    public static LoginOutcome signedIn(String email, Set<String> groups) {
        return new LoginOutcome(Result.SIGNED_IN, email, Set.copyOf(groups), 0);
    }

    public static LoginOutcome refused(Result result, String email, long lockedMinutes) {
        return new LoginOutcome(result, email, Set.of(), lockedMinutes);
    }

    public boolean succeeded() {
        return result == Result.SIGNED_IN;
    }
}
