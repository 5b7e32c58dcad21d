package eu.csep.portal.review.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The applicant's Evaluation Summary Reports, once the call's results are published (another NGO's: 404). */
@Path("evaluation-summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation summaries")
public class EvaluationSummariesResource {

    @Inject
    Results results;

    @GET
    @Operation(summary = "The caller organisation's proposals with published results")
    public List<Results.Summary> mine() {
        return results.mine();
    }

    @GET
    @Path("{proposal}")
    @Produces("application/pdf")
    @Operation(summary = "The Evaluation Summary Report (PDF) of one of the caller organisation's proposals")
    public Response esr(@PathParam("proposal") long proposal) {
        return Response.ok(results.esrForApplicant(proposal), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"esr-" + proposal + ".pdf\"").build();
    }
}
