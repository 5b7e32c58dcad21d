package eu.csep.portal.hashmatch.entity;

/** What a platform did with referred content or a removal order. */
public enum Outcome {
    REMOVED, NOT_REMOVED, UNKNOWN
}
