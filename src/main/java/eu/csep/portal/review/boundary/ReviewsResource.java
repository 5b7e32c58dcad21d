package eu.csep.portal.review.boundary;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reviewer's assignments: declare a conflict or none, then (only after "no conflict") read the proposal, write,
 * save and submit the evaluation report, and see peers' scores once the own report is submitted.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewsResource {

    public record DeclarationRequest(boolean conflict, String note) {
    }

    public record ScoresRequest(List<ScoreInput> scores) {
    }

    @Inject
    Reviewing reviewing;

    @GET
    @Operation(summary = "The caller's assignments (titles only after a no-conflict declaration)")
    public List<Reviewing.AssignmentView> mine() {
        return reviewing.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's assignments")
    public Reviewing.AssignmentView one(@PathParam("id") long id) {
        return reviewing.assignment(id);
    }

    @POST
    @Path("{id}/declaration")
    @Operation(summary = "Declare a conflict of interest (voids the assignment) or none (opens the documents)")
    public Response declare(@PathParam("id") long id, DeclarationRequest request) {
        if (request == null) {
            throw Refusal.invalid("conflict", "review.declaration.missing");
        }
        reviewing.declare(id, request.conflict(), request.note());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/proposal")
    @Operation(summary = "The submitted proposal's content (403 before a no-conflict declaration)")
    public ProposalsForReview.Content proposal(@PathParam("id") long id) {
        return reviewing.proposal(id);
    }

    @GET
    @Path("{id}/rubric")
    @Operation(summary = "The rubric the proposal is scored against")
    public RubricView rubric(@PathParam("id") long id) {
        return reviewing.rubric(id);
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The caller's report on this assignment")
    public Reviewing.ReportView report(@PathParam("id") long id) {
        return reviewing.report(id).orElseThrow(() -> Refusal.notFound("review.report.none"));
    }

    @POST
    @Path("{id}/report")
    @Operation(summary = "Start the report (a second report is refused)")
    public Response start(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(reviewing.start(id)).build();
    }

    @PUT
    @Path("{id}/report")
    @Operation(summary = "Save the draft: one score and comment per criterion, in rubric order")
    public Reviewing.ReportView save(@PathParam("id") long id, ScoresRequest request) {
        return reviewing.save(id, request == null ? null : request.scores());
    }

    @POST
    @Path("{id}/report/submission")
    @Operation(summary = "Submit and lock the report")
    public Reviewing.ReportView submit(@PathParam("id") long id) {
        return reviewing.submit(id);
    }

    @GET
    @Path("{id}/peers")
    @Operation(summary = "Other reviewers' submitted scores, without names, once the own report is submitted")
    public List<Reviewing.PeerView> peers(@PathParam("id") long id) {
        return reviewing.peers(id);
    }
}
