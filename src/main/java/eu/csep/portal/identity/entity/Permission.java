package eu.csep.portal.identity.entity;

/**
 * What a caller may do. Web folders (web.xml), REST resources and boundaries are guarded by permissions, never
 * by role names; {@link Role} is the one place that says which role holds which permission.
 */
public enum Permission {
    SIGNED_IN,
    APPLY,
    INVITE_MEMBERS,
    REVIEW,
    MANAGE_PROGRAMME,
    /** Post to the budget ledger (envelope, allocations, commitments, payments, reversals) and read it. */
    MANAGE_BUDGET,
    MANAGE_HASHES,
    /** Hash and match files and hashes: hash admins and admins, and hashmatch API tokens (which hold nothing else). */
    MATCH_HASHES,
    /** Report a funded campaign's reach for one's own organisation: NGO members, and reach API tokens (nothing else). */
    REPORT_REACH,
    BROWSE_AUDIT_LOG,
    INVITE_STAFF,
    ADMINISTER
}
