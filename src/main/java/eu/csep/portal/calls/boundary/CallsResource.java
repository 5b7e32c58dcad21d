package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.CallForProposals;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published calls for proposals, public, so NGOs' own sites and newsletters can list them. */
@Path("calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calls")
public class CallsResource {

    public record Call(String identifier, String title, String description, String status, OffsetDateTime opensAt,
            OffsetDateTime deadline, String currency, BigDecimal budget, BigDecimal minGrant, BigDecimal maxGrant,
            BigDecimal maxCofinancingRate, int minPartners, int maxDurationMonths) {
        static Call of(CallForProposals c) {
            return new Call(c.getIdentifier(), c.getTitle(), c.getDescription(), c.getStatus().name(), c.getOpensAt(),
                    c.getDeadline(), "EUR", c.getBudget(), c.getMinGrant(), c.getMaxGrant(), c.getMaxCofinancingRate(),
                    c.getMinPartners(), c.getMaxDurationMonths());
        }
    }

    @Inject
    Calls calls;

    @GET
    @Operation(summary = "Open calls for proposals, soonest deadline first (times in UTC)")
    public List<Call> open() {
        return calls.published().stream().map(Call::of).toList();
    }

    @GET
    @Path("{identifier}")
    @Operation(summary = "One published call by its identifier, e.g. CSEP-2026-01")
    public Call one(@PathParam("identifier") String identifier) {
        return Call.of(calls.published(identifier));
    }
}
