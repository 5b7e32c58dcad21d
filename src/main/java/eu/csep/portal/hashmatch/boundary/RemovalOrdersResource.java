package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.entity.Outcome;
import eu.csep.portal.hashmatch.entity.RemovalOrder;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Removal orders under the EU TCO Regulation: one hour from receipt to removal. Times are ISO-8601 with offset. */
@Path("removal-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class RemovalOrdersResource {

    public record OrderRequest(String url, String platform, String authority, String receivedAt) {
    }

    public record OutcomeRequest(String outcome, String at) {
    }

    public record OrderView(long id, String url, String platform, String authority, OffsetDateTime receivedAt,
            OffsetDateTime deadlineAt, Outcome outcome, OffsetDateTime outcomeAt, boolean overdue) {
        static OrderView of(RemovalOrder o) {
            return new OrderView(o.getId(), o.getUrl(), o.getPlatform(), o.getAuthority(), o.getReceivedAt(),
                    o.getDeadlineAt(), o.getOutcome(), o.getOutcomeAt(), o.isOverdue(OffsetDateTime.now(ZoneOffset.UTC)));
        }
    }

    @Inject
    Referrals referrals;

    @GET
    @Operation(summary = "The removal orders (newest 500), with their deadline and whether they are overdue")
    public List<OrderView> all() {
        return referrals.orders().stream().map(OrderView::of).toList();
    }

    @POST
    @Operation(summary = "Record a removal order; receivedAt defaults to now, the deadline is one hour later")
    public Response create(OrderRequest request) {
        OrderRequest r = request == null ? new OrderRequest(null, null, null, null) : request;
        RemovalOrder o = referrals.receiveOrder(new Referrals.OrderDraft(r.url(), r.platform(), r.authority(),
                time("receivedAt", r.receivedAt())));
        return Response.status(Response.Status.CREATED).entity(OrderView.of(o)).build();
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "Record the outcome and its time (default now)")
    public OrderView outcome(@PathParam("id") long id, OutcomeRequest request) {
        OutcomeRequest r = request == null ? new OutcomeRequest(null, null) : request;
        return OrderView.of(referrals.orderOutcome(id, r.outcome(), time("outcomeAt", r.at())));
    }

    static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "hashmatch.order.badTime");
        }
    }
}
