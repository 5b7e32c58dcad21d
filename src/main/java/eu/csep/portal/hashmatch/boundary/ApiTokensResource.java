package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.entity.ApiToken;
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
 * Hash admins issue and revoke API tokens for machine clients. A client sends {@code Authorization: Bearer
 * <token>} to POST /api/v1/hashes/match and /api/v1/hashes/hash, and can do nothing else with it.
 */
@Path("hash-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class ApiTokensResource {

    public record TokenRequest(String name) {
    }

    /** {@code token} is only present in the answer to the POST that issued it. */
    public record TokenView(long id, String name, OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt,
            String token) {
        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getCreatedBy(), t.getRevokedAt(), secret);
        }
    }

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "The API tokens (without their secrets)")
    public List<TokenView> all() {
        return tokens.all().stream().map(t -> TokenView.of(t, null)).toList();
    }

    @POST
    @Operation(summary = "Issue a token for a machine client; the secret is shown in this answer only")
    public Response issue(TokenRequest request) {
        ApiTokens.Issued issued = tokens.issue(request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @PUT
    @Path("{id}/revoked")
    @Operation(summary = "Revoke a token; it stops working at once")
    public TokenView revoke(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(id), null);
    }
}
