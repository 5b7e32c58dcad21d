package eu.csep.portal.hashmatch.control;

import java.io.Serial;
import java.io.Serializable;

/**
 * The cluster-wide notice "PDQ entry N changed": receivers reload the entry from the database, so applying it
 * twice, late or out of order leaves the same index.
 */
public record IndexChangeBroadcast(long entryId, String origin) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
