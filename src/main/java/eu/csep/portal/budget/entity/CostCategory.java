package eu.csep.portal.budget.entity;

/** The cost categories of a financial report, in the order reports list them. */
public enum CostCategory {
    PERSONNEL,
    SUBCONTRACTING,
    TRAVEL,
    EQUIPMENT,
    OTHER_GOODS_AND_SERVICES,
    INDIRECT_COSTS
}
