package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.entity.ApiToken;
import eu.csep.portal.identity.entity.ApiTokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The REST shape every token scope shares: list, issue (the secret only in that answer), revoke. Each component
 * publishes it under its own path for its own scope (reach: /reach-tokens, hashmatch: /hash-tokens).
 */
public abstract class ApiTokensResource {

    public record TokenRequest(String name) {
    }

    /**
     * {@code token} is only present in the answer to the POST that issued it; {@code prefix} is the secret's start,
     * to recognise it by; {@code lastUsedAt} is to the nearest few minutes.
     */
    public record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, String createdBy,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String token) {
        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getCreatedBy(),
                    t.getLastUsedAt(), t.getRevokedAt(), secret);
        }
    }

    @Inject
    ApiTokens tokens;

    /** The scope of the tokens this path manages. */
    protected abstract ApiTokenScope scope();

    @GET
    @Operation(summary = "The tokens (without their secrets)")
    public List<TokenView> list() {
        return tokens.list(scope()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @POST
    @Operation(summary = "Issue a token; the secret is shown in this answer only")
    public Response issue(TokenRequest request) {
        ApiTokens.Issued issued = tokens.issue(scope(), request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
    }

    @PUT
    @Path("{id}/revoked")
    @Operation(summary = "Revoke a token; it stops working at once")
    public TokenView revoke(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(scope(), id), null);
    }
}
