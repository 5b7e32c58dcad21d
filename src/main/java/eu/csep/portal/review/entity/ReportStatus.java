package eu.csep.portal.review.entity;

public enum ReportStatus {
    DRAFT,
    /** Locked: only an officer can reopen it, with a reason. */
    SUBMITTED
}
