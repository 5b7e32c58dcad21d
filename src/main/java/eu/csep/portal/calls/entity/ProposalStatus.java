package eu.csep.portal.calls.entity;

/** Where a proposal stands: being written, submitted (possibly several times before the deadline), withdrawn. */
public enum ProposalStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
