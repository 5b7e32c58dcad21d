package eu.csep.portal.review.boundary;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.review.entity.Outcome;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme officer's evaluation of calls: rubric, reviewers, assignment, consensus, ranking, decisions. */
@Path("evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluations")
public class EvaluationsResource {

    public record Settings(int reviewsPerProposal, int maxLoad, int commentMinLength, OffsetDateTime reviewDeadline,
            String tieBreak, boolean calibrated) {
    }

    public record ReviewerRequest(Set<String> expertise, Set<String> languages, Set<Long> formerOrganisations) {
    }

    public record AssignmentRequest(long proposalId, long reviewerId, String clearance) {
    }

    public record Created(long id) {
    }

    public record ReasonRequest(String reason) {
    }

    public record ScoresRequest(List<ScoreInput> scores) {
    }

    public record DecisionRequest(String outcome) {
    }

    public record Published(int letters) {
    }

    @Inject
    Evaluations evaluations;

    @Inject
    Results results;

    @GET
    @Operation(summary = "Calls whose evaluation an officer can open")
    public List<ProposalsForReview.CallFacts> calls() {
        return evaluations.calls();
    }

    @GET
    @Path("reviewers")
    @Operation(summary = "Reviewers with expertise, languages and current load")
    public List<Evaluations.ReviewerView> reviewers() {
        return evaluations.reviewers();
    }

    @PUT
    @Path("reviewers/{account}")
    @Operation(summary = "Set a reviewer's expertise tags, languages and former organisations")
    public Evaluations.ReviewerView describe(@PathParam("account") long account, ReviewerRequest r) {
        return evaluations.describeReviewer(account, r == null ? null : r.expertise(),
                r == null ? null : r.languages(), r == null ? null : r.formerOrganisations());
    }

    @GET
    @Path("{call}")
    @Operation(summary = "The call's rubric and evaluation settings")
    public RubricView rubric(@PathParam("call") long call) {
        return RubricView.of(evaluations.ofCall(call));
    }

    @PUT
    @Path("{call}/rubric")
    @Operation(summary = "Define the rubric (refused once a report is submitted)")
    public RubricView defineRubric(@PathParam("call") long call, RubricForm form) {
        if (form == null) {
            throw Refusal.invalid("criteria", "review.rubric.criteriaCount", 10);
        }
        return evaluations.defineRubric(call, form);
    }

    @PUT
    @Path("{call}/settings")
    @Operation(summary = "Reviews per proposal, maximum load, comment length, review deadline, tie-break, calibration")
    public RubricView configure(@PathParam("call") long call, Settings s) {
        if (s == null) {
            throw Refusal.invalid("reviewsPerProposal", "review.settings.reviews");
        }
        return evaluations.configure(call, s.reviewsPerProposal(), s.maxLoad(), s.commentMinLength(),
                s.reviewDeadline(), s.tieBreak(), s.calibrated());
    }

    @GET
    @Path("{call}/board")
    @Operation(summary = "Per proposal: assignments, reports, raw and calibrated means, divergence, consensus")
    public Evaluations.BoardView board(@PathParam("call") long call) {
        return evaluations.board(call);
    }

    @GET
    @Path("{call}/ranking")
    @Operation(summary = "The ranked list against the call's budget, or a what-if envelope (changes nothing)")
    public Evaluations.RankingView ranking(@PathParam("call") long call, @QueryParam("envelope") BigDecimal envelope) {
        return evaluations.ranking(call, envelope);
    }

    @POST
    @Path("{call}/auto-assignment")
    @Operation(summary = "Assign reviewers automatically; returns the constraints that could not be met")
    public Evaluations.AutoResult autoAssign(@PathParam("call") long call) {
        return evaluations.autoAssign(call);
    }

    @POST
    @Path("{call}/publication")
    @Operation(summary = "Publish the results: letters e-mailed, ESRs open to applicants")
    public Published publish(@PathParam("call") long call) {
        return new Published(results.publish(call));
    }

    @POST
    @Path("assignments")
    @Operation(summary = "Assign a reviewer; a hinted conflict needs a written clearance")
    public Response assign(AssignmentRequest r) {
        if (r == null) {
            throw Refusal.invalid("proposalId", "review.proposal.unknown");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new Created(evaluations.assign(r.proposalId(), r.reviewerId(), r.clearance()).getId())).build();
    }

    @GET
    @Path("proposals/{proposal}/hints")
    @Operation(summary = "Automatic conflict hints for a reviewer on a proposal")
    public List<String> hints(@PathParam("proposal") long proposal, @QueryParam("reviewer") long reviewer) {
        return evaluations.hints(proposal, reviewer);
    }

    @POST
    @Path("reports/{report}/reopening")
    @Operation(summary = "Reopen a submitted report, with a reason kept in the audit trail")
    public Response reopen(@PathParam("report") long report, ReasonRequest r) {
        evaluations.reopen(report, r == null ? null : r.reason());
        return Response.noContent().build();
    }

    @PUT
    @Path("proposals/{proposal}/consensus")
    @Operation(summary = "Write the consensus report (moderator)")
    public Response consensus(@PathParam("proposal") long proposal, ScoresRequest r) {
        evaluations.writeConsensus(proposal, r == null ? null : r.scores());
        return Response.noContent().build();
    }

    @PUT
    @Path("proposals/{proposal}/decision")
    @Operation(summary = "Record the decision: SELECTED (opens a pending commitment), RESERVE or REJECTED")
    public Response decide(@PathParam("proposal") long proposal, DecisionRequest r) {
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(r == null || r.outcome() == null ? "" : r.outcome().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("outcome", "review.decision.outcome");
        }
        results.decide(proposal, outcome);
        return Response.noContent().build();
    }

    @GET
    @Path("proposals/{proposal}/esr")
    @Produces("application/pdf")
    @Operation(summary = "The Evaluation Summary Report as PDF")
    public Response esr(@PathParam("proposal") long proposal) {
        return Response.ok(results.esrForOfficer(proposal), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"esr-" + proposal + ".pdf\"").build();
    }
}
