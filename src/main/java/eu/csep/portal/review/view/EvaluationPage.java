package eu.csep.portal.review.view;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.review.boundary.Evaluations;
import eu.csep.portal.review.boundary.Results;
import eu.csep.portal.review.boundary.RubricView;
import eu.csep.portal.review.control.AutoAssignment;
import eu.csep.portal.review.entity.Outcome;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Backs /officer/evaluation.xhtml?call=N: the call's rubric, assignment (manual with clearance of hints, automatic
 * with the unmet constraints), the scoreboard with raw and calibrated scores, the ranking with its budget line and a
 * what-if envelope, decisions and publication.
 */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    Results results;

    private Long call;
    private RubricView rubric;
    private Evaluations.BoardView board;
    private Evaluations.RankingView ranking;
    private List<Evaluations.ReviewerView> reviewers;
    private List<ProposalsForReview.CallFacts> calls;
    private List<AutoAssignment.Unmet> unmet = List.of();
    private Long proposal;
    private Long reviewer;
    private String clearance;
    private BigDecimal envelope;
    private int reviewsPerProposal;
    private int maxLoad;
    private int commentMinLength;
    private java.time.LocalDateTime reviewDeadline;
    private String tieBreak;
    private boolean calibrated;

    public void load() throws IOException {
        calls = evaluations.calls();
        if (call == null) {
            call = calls.stream().filter(ProposalsForReview.CallFacts::closed).map(ProposalsForReview.CallFacts::id)
                    .findFirst().orElse(null);
            if (call == null) {
                return;
            }
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        rubric = RubricView.of(evaluations.ofCall(call));
        reviewsPerProposal = rubric.reviewsPerProposal();
        maxLoad = rubric.maxLoad();
        commentMinLength = rubric.commentMinLength();
        reviewDeadline = rubric.reviewDeadline() == null ? null
                : rubric.reviewDeadline().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        tieBreak = rubric.tieBreak();
        calibrated = rubric.calibrated();
        board = evaluations.board(call);
        ranking = evaluations.ranking(call, envelope);
        reviewers = evaluations.reviewers();
    }

    /** Saves the settings; the deadline is entered in UTC, as every time in the portal's evaluation. */
    public void saveSettings() {
        act(() -> {
            evaluations.configure(call, reviewsPerProposal, maxLoad, commentMinLength, reviewDeadline == null ? null
                    : reviewDeadline.atOffset(java.time.ZoneOffset.UTC), tieBreak, calibrated);
            Messages.info("review.settingsSaved");
        });
    }

    public void assign() {
        act(() -> {
            evaluations.assign(proposal == null ? 0 : proposal, reviewer == null ? 0 : reviewer, clearance);
            clearance = null;
            Messages.info("review.assigned");
        });
    }

    public void autoAssign() {
        act(() -> {
            Evaluations.AutoResult result = evaluations.autoAssign(call);
            unmet = result.unmet();
            Messages.info("review.autoAssigned", result.assigned(), result.unmet().size());
        });
    }

    public void whatIf() {
        act(() -> {
        });
    }

    public void decide(long proposalId, String outcome) {
        act(() -> {
            results.decide(proposalId, Outcome.valueOf(outcome));
            Messages.info("review.decided");
        });
    }

    public void publish() {
        act(() -> Messages.info("review.publishedNow", results.publish(call)));
    }

    private void act(Runnable action) {
        Messages.attempt("evaluation", () -> {
            action.run();
            refresh();
        });
    }

    public String reviewerLabel(long id) {
        return reviewers.stream().filter(r -> r.accountId() == id).map(r -> r.name() + " <" + r.email() + ">")
                .findFirst().orElse(String.valueOf(id));
    }

    public int getReviewsPerProposal() {
        return reviewsPerProposal;
    }

    public void setReviewsPerProposal(int reviewsPerProposal) {
        this.reviewsPerProposal = reviewsPerProposal;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public void setMaxLoad(int maxLoad) {
        this.maxLoad = maxLoad;
    }

    public int getCommentMinLength() {
        return commentMinLength;
    }

    public void setCommentMinLength(int commentMinLength) {
        this.commentMinLength = commentMinLength;
    }

    public java.time.LocalDateTime getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(java.time.LocalDateTime reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public String getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(String tieBreak) {
        this.tieBreak = tieBreak;
    }

    public boolean isCalibrated() {
        return calibrated;
    }

    public void setCalibrated(boolean calibrated) {
        this.calibrated = calibrated;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public RubricView getRubric() {
        return rubric;
    }

    public Evaluations.BoardView getBoard() {
        return board;
    }

    public Evaluations.RankingView getRanking() {
        return ranking;
    }

    public List<Evaluations.ReviewerView> getReviewers() {
        return reviewers;
    }

    public List<ProposalsForReview.CallFacts> getCalls() {
        return calls;
    }

    public List<AutoAssignment.Unmet> getUnmet() {
        return unmet;
    }

    public Long getProposal() {
        return proposal;
    }

    public void setProposal(Long proposal) {
        this.proposal = proposal;
    }

    public Long getReviewer() {
        return reviewer;
    }

    public void setReviewer(Long reviewer) {
        this.reviewer = reviewer;
    }

    public String getClearance() {
        return clearance;
    }

    public void setClearance(String clearance) {
        this.clearance = clearance;
    }

    public BigDecimal getEnvelope() {
        return envelope;
    }

    public void setEnvelope(BigDecimal envelope) {
        this.envelope = envelope;
    }
}
