package eu.csep.portal.hashmatch.control;

/**
 * One matching entry: its list, the stored hash, its labels, the Hamming distance (0 for exact hashes) and
 * which query variant matched ("original", "rot90", ... for PDQ; the type's code for exact hashes).
 */
public record MatchHit(long listId, String listName, long entryId, String type, String hash, String labels,
        int distance, String variant) implements java.io.Serializable {

    String logText() {
        return entryId + ":" + distance + ":" + variant;
    }
}
