package eu.csep.portal.shared.boundary;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.Arrays;

/**
 * A use case refused its input: the message key (in the messages bundle) says why, the field says where.
 * Rolls the transaction back, so a refused request leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static Refusal invalid(String field, String messageKey, Object... arguments) {
        return new Refusal(Kind.INVALID, field, messageKey, arguments);
    }

    public static Refusal conflict(String field, String messageKey, Object... arguments) {
        return new Refusal(Kind.CONFLICT, field, messageKey, arguments);
    }

    public static Refusal notFound(String messageKey, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, null, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field that was wrong, or null when the refusal concerns the whole request. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
