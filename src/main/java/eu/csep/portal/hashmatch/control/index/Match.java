package eu.csep.portal.hashmatch.control.index;

/**
 * One hit of a lookup: the stored entry, its Hamming distance to the query and which query variant
 * matched (for an 8-variant lookup the variant with the smallest distance, the lowest index on ties;
 * always 0 for a single lookup).
 */
public record Match(long entryId, int distance, int variant) implements Comparable<Match> {
    /** Orders by distance, then entry id. */
    @Override
    public int compareTo(Match o) {
        int c = Integer.compare(distance, o.distance);
        return c != 0 ? c : Long.compare(entryId, o.entryId);
    }
}
