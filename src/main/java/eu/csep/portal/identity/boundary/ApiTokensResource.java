package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.entity.ApiToken;
import eu.csep.portal.identity.entity.ApiTokenScope;
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
 * Machine API tokens, one path per scope: /api/v1/hash-tokens (hash admins; the tokens hash and match through
 * /api/v1/hashes) and /api/v1/reach-tokens (NGO members, for their organisation; the tokens report reach through
 * POST /api/v1/campaigns/{reference}/reach). A client sends {@code Authorization: Bearer <token>} and can do nothing
 * else with it. web.xml guards each path; the boundary checks the scope's issuer permission again.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

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

    // One path per scope, spelled out: Payara's OpenAPI scanner documents neither inherited resource methods nor
    // sub-resource locators, and a path template would hide the two paths clients use.

    @GET
    @Path("hash-tokens")
    @Tag(name = "hashmatch")
    @Operation(summary = "Hash admins: the API tokens of machine clients that hash and match (without secrets)")
    public List<TokenView> hashTokens() {
        return list(ApiTokenScope.MATCH_HASHES);
    }

    @GET
    @Path("reach-tokens")
    @Tag(name = "reach")
    @Operation(summary = "NGO members: the organisation's reporting tokens (without secrets)")
    public List<TokenView> reachTokens() {
        return list(ApiTokenScope.REPORT_REACH);
    }

    @POST
    @Path("hash-tokens")
    @Tag(name = "hashmatch")
    @Operation(summary = "Issue a token for a machine client; the secret is shown in this answer only")
    public Response issueHashToken(TokenRequest request) {
        return issue(ApiTokenScope.MATCH_HASHES, request);
    }

    @POST
    @Path("reach-tokens")
    @Tag(name = "reach")
    @Operation(summary = "Create a reporting token; the secret is shown in this answer only")
    public Response issueReachToken(TokenRequest request) {
        return issue(ApiTokenScope.REPORT_REACH, request);
    }

    @PUT
    @Path("hash-tokens/{id}/revoked")
    @Tag(name = "hashmatch")
    @Operation(summary = "Revoke a machine client's token; it stops working at once")
    public TokenView revokeHashToken(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(ApiTokenScope.MATCH_HASHES, id), null);
    }

    @PUT
    @Path("reach-tokens/{id}/revoked")
    @Tag(name = "reach")
    @Operation(summary = "Revoke a reporting token; it stops working at once")
    public TokenView revokeReachToken(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(ApiTokenScope.REPORT_REACH, id), null);
    }

    private List<TokenView> list(ApiTokenScope scope) {
        return tokens.list(scope).stream().map(t -> TokenView.of(t, null)).toList();
    }

    private Response issue(ApiTokenScope scope, TokenRequest request) {
        ApiTokens.Issued issued = tokens.issue(scope, request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
    }
}
