package eu.csep.portal.review.entity;

/** The officer's decision on a ranked proposal. */
public enum Outcome {
    SELECTED,
    RESERVE,
    REJECTED
}
