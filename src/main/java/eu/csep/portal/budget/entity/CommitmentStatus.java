package eu.csep.portal.budget.entity;

/** PENDING: a selected proposal waits for the officer to confirm its commitment; OPEN: paid against; CLOSED: final balance settled. */
public enum CommitmentStatus {
    PENDING, OPEN, CLOSED
}
