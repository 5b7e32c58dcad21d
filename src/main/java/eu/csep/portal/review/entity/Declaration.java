package eu.csep.portal.review.entity;

/** A reviewer's conflict-of-interest declaration for one assigned proposal. */
public enum Declaration {
    /** Assigned, not declared yet: no document of the proposal is shown. */
    PENDING,
    NO_CONFLICT,
    /** Declared conflict: the assignment is void (kept so the reviewer is never assigned again). */
    CONFLICT
}
