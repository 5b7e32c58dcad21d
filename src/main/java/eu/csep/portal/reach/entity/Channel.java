package eu.csep.portal.reach.entity;

/** How a report came in. */
public enum Channel {
    FORM, CSV, API
}
