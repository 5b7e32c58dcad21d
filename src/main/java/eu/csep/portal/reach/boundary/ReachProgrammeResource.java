package eu.csep.portal.reach.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import eu.csep.portal.reach.control.ReachExports;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    @Path("exports/campaigns.csv")
    @Operation(summary = "The programme's campaigns with status and reporting as CSV")
    public Response campaignsCsv() {
        return ReachResource.download(ReachExports.csv(campaigns()), "text/csv", "reach-campaigns.csv");
    }

    @GET
    @Path("exports/campaigns.xlsx")
    @Operation(summary = "The programme's campaigns with status and reporting as XLSX")
    public Response campaignsXlsx() {
        return ReachResource.download(ReachExports.xlsx(campaigns()), ReachResource.XLSX, "reach-campaigns.xlsx");
    }

    private ReachExports.Table campaigns() {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (ReachDashboards.CampaignLine c : dashboards.programme().campaigns()) {
            rows.add(java.util.Arrays.asList(c.reference(), c.title(), c.organisation(), c.callIdentifier(),
                    c.countries(), c.light().name(), c.expectedPercent(), c.lastReported(), c.overdue(), c.flagged()));
        }
        return new ReachExports.Table("Campaigns", java.util.List.of("campaign", "title", "organisation", "call",
                "countries", "status", "expected_percent", "reported_up_to", "overdue", "flagged"), rows);
    }

    @GET
    @Operation(summary = "Totals per platform, country and call; campaigns behind target; overdue reports")
    public ProgrammeView programme() {
        ReachDashboards.Programme p = dashboards.programme();
        return new ProgrammeView(p, p.behindTarget(), p.overdue());
    }
}
