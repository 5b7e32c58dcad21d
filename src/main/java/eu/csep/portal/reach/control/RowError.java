package eu.csep.portal.reach.control;

import java.util.List;

/** Why a row (or the report as a whole, line 0) was refused: a message key and its arguments. */
public record RowError(int line, String field, String messageKey, List<Object> arguments) {

    public static RowError of(int line, String field, String messageKey, Object... arguments) {
        return new RowError(line, field, messageKey, List.of(arguments));
    }
}
