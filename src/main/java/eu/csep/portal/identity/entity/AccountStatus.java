package eu.csep.portal.identity.entity;

public enum AccountStatus {
    /** registered, e-mail address not yet confirmed */
    UNCONFIRMED,
    /** invited, has not yet chosen a password */
    INVITED,
    ACTIVE,
    DISABLED
}
