package eu.csep.portal.hashmatch.control;

/** Fired (locally) after a bulk change of a list, e.g. an import: the node's index reloads that list. */
public record ListReload(long listId) {
}
