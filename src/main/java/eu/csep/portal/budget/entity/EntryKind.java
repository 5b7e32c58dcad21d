package eu.csep.portal.budget.entity;

/** What a ledger entry records. Every kind moves money in one direction; a REVERSAL undoes one earlier entry. */
public enum EntryKind {
    /** Money put into the programme's envelope. */
    ENVELOPE,
    /** Envelope money allocated to a call budget. */
    ALLOCATION,
    /** Call budget money committed to a grant. */
    COMMITMENT,
    /** Committed money released back to the call budget. */
    DECOMMITMENT,
    /** Money paid to the grant holder (see {@link PaymentType}). */
    PAYMENT,
    /** Money the grant holder pays back. */
    RECOVERY,
    /** Undoes exactly one earlier entry that is not itself a reversal. */
    REVERSAL
}
