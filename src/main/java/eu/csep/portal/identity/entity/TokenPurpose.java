package eu.csep.portal.identity.entity;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
