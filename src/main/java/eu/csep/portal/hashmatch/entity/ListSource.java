package eu.csep.portal.hashmatch.entity;

/** Where a hash list's entries come from. */
public enum ListSource {
    MANUAL, IMPORT, CONTRIBUTOR
}
