package eu.csep.portal.reach.boundary;

import eu.csep.portal.identity.boundary.ApiTokensResource;
import eu.csep.portal.identity.entity.ApiTokenScope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An NGO's reporting tokens (REPORT_REACH, for the own organisation's campaigns). A machine client sends
 * {@code Authorization: Bearer <token>} to POST /api/v1/campaigns/{reference}/reach, and can do nothing else with it.
 */
@Path("reach-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reach")
public class ReachTokensResource extends ApiTokensResource {

    @Override
    protected ApiTokenScope scope() {
        return ApiTokenScope.REPORT_REACH;
    }
}
