package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.entity.ReachToken;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An NGO's reporting tokens. A machine client sends {@code Authorization: Bearer <token>} to
 * POST /api/v1/campaigns/{reference}/reach for the organisation's campaigns, and can do nothing else with it.
 */
@Path("reach-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reach")
public class ReachTokensResource {

    public record TokenRequest(String name) {
    }

    /** {@code token} is only present in the answer to the POST that issued it. */
    public record TokenView(long id, String name, OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt,
            String token) {
        static TokenView of(ReachToken t, String secret) {
            return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getCreatedBy(), t.getRevokedAt(), secret);
        }
    }

    @Inject
    ReachTokens tokens;

    @GET
    @Operation(summary = "The organisation's reporting tokens (without their secrets)")
    public List<TokenView> mine() {
        return tokens.mine().stream().map(t -> TokenView.of(t, null)).toList();
    }

    @POST
    @Operation(summary = "Create a reporting token; the secret is shown in this answer only")
    public Response issue(TokenRequest request) {
        ReachTokens.Issued issued = tokens.issue(request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @PUT
    @Path("{id}/revoked")
    @Operation(summary = "Revoke a reporting token; it stops working at once")
    public TokenView revoke(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(id), null);
    }
}
