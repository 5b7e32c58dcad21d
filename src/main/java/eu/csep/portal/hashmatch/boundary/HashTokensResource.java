package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.identity.boundary.ApiTokensResource;
import eu.csep.portal.identity.entity.ApiTokenScope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hash admins issue and revoke API tokens for machine clients (MATCH_HASHES). A client sends {@code Authorization:
 * Bearer <token>} to POST /api/v1/hashes/match and /api/v1/hashes/hash, and can do nothing else with it.
 */
@Path("hash-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class HashTokensResource extends ApiTokensResource {

    @Override
    protected ApiTokenScope scope() {
        return ApiTokenScope.MATCH_HASHES;
    }
}
