package eu.csep.portal.budget.entity;

/** SUBMITTED by the funded organisation; REVIEWED by an officer (each category accepted or adjusted). */
public enum ReportStatus {
    SUBMITTED, REVIEWED
}
