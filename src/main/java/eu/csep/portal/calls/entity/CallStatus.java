package eu.csep.portal.calls.entity;

/** A call's life: prepared as a draft, open to applicants once published, then closed for good. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED
}
