package eu.csep.portal.hashmatch.control;

import java.io.Serial;
import java.io.Serializable;

/**
 * The cluster-wide notice "PDQ entry N changed" or, with {@code wholeList}, "list L changed in bulk": receivers
 * reload the entry or the list from the database, so applying it twice, late or out of order leaves the same
 * index.
 */
public record IndexChangeBroadcast(long entryId, long listId, boolean wholeList, String origin) implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;
}
