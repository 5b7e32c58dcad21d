package eu.csep.portal.shared.audit.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** What an officer or admin narrows the audit log to; every field is optional. Dates are inclusive, in UTC. */
public record AuditFilter(String actor, String action, String targetType, String targetId, LocalDate from,
        LocalDate to) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
