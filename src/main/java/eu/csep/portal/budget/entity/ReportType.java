package eu.csep.portal.budget.entity;

/** INTERIM: accepted costs are recorded; FINAL: accepting it settles and closes the grant. */
public enum ReportType {
    INTERIM, FINAL
}
