package eu.csep.portal.documents.entity;

/** Where a stored file stands in hash screening, and so whether its bytes may be handed out. */
public enum Screening {
    /** Not screened (yet). */
    PENDING,
    /** Screened, no hash list matched. */
    CLEAR,
    /** Matched a hash list: withheld until a hash admin decides. */
    QUARANTINED,
    /** A hash admin reviewed the match and released the file. */
    RELEASED,
    /** A hash admin confirmed the match: withheld for good. */
    BLOCKED;

    public boolean available() {
        return this == PENDING || this == CLEAR || this == RELEASED;
    }
}
