package eu.csep.portal.shared.audit.boundary;

import eu.csep.portal.shared.audit.entity.AuditEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import eu.csep.portal.shared.boundary.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log over REST, for officers and admins: filtered and paged, newest first. */
@Path("audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
            String targetId, Long organisationId, String details) {
        static Entry of(AuditEntry e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), e.getOrganisationId(), e.getDetails());
        }
    }

    public record Page(long total, int first, List<Entry> entries) {
    }

    @Inject
    AuditTrail trail;

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "date.invalid", value);
        }
    }

    @GET
    @Operation(summary = "Audit entries matching the filters (dates inclusive, UTC, ISO yyyy-mm-dd)")
    public Page search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        AuditFilter filter = new AuditFilter(actor, action, targetType, targetId, date("from", from), date("to", to));
        return new Page(trail.count(filter), first,
                trail.search(filter, first, size, "occurredAt", false).stream().map(Entry::of).toList());
    }
}
