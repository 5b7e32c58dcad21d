package eu.csep.portal.budget.entity;

/** The three moments a grant is paid. */
public enum PaymentType {
    PRE_FINANCING, INTERIM, FINAL_BALANCE
}
