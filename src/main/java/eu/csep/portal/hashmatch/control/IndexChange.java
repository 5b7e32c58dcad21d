package eu.csep.portal.hashmatch.control;

/**
 * Fired (locally) by the hash-list boundary when a PDQ entry was added, disabled or enabled; the node's
 * {@code MatchIndex} applies it after the commit and tells the other cluster nodes with a
 * {@link IndexChangeBroadcast}.
 *
 * @param active whether the entry now takes part in matching (enabled and reliable)
 */
public record IndexChange(long entryId, long listId, String pdqHex, boolean active) {
}
