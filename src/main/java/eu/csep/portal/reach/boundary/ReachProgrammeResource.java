package eu.csep.portal.reach.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme-wide reach view for officers. */
@Path("reach-programme")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reach")
public class ReachProgrammeResource {

    public record ProgrammeView(ReachDashboards.Programme programme, java.util.List<ReachDashboards.CampaignLine> behindTarget,
            java.util.List<ReachDashboards.CampaignLine> overdue) {
    }

    @Inject
    ReachDashboards dashboards;

    @GET
    @Operation(summary = "Totals per platform, country and call; campaigns behind target; overdue reports")
    public ProgrammeView programme() {
        ReachDashboards.Programme p = dashboards.programme();
        return new ProgrammeView(p, p.behindTarget(), p.overdue());
    }
}
