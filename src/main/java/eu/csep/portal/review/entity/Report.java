package eu.csep.portal.review.entity;

import eu.csep.portal.shared.boundary.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's individual evaluation report on one assigned proposal: a score and a comment per criterion. A draft
 * may be incomplete; submitting checks it against the rubric and locks it. Only an officer reopens it (with a
 * reason, in the audit trail). One report per assignment (unique in the database).
 */
@Entity
@Table(name = "review_report")
@NamedQuery(name = Report.OF_ASSIGNMENT, query = "SELECT r FROM Report r WHERE r.assignmentId = :assignment")
@NamedQuery(name = Report.OF_PROPOSAL, query = "SELECT r FROM Report r WHERE r.proposalId = :proposal ORDER BY r.id")
@NamedQuery(name = Report.OF_EVALUATION, query = "SELECT r FROM Report r WHERE r.evaluationId = :evaluation ORDER BY r.proposalId, r.id")
public class Report implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_ASSIGNMENT = "Report.ofAssignment";
    public static final String OF_PROPOSAL = "Report.ofProposal";
    public static final String OF_EVALUATION = "Report.ofEvaluation";

    @Id
    @SequenceGenerator(name = "review_report_seq", sequenceName = "review_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_report_seq")
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status = ReportStatus.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_report_score", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(nullable = false)
    private int reopened;

    @Version
    private long version;

    protected Report() {
    }

    public Report(Assignment assignment, Instant now) {
        this(assignment.getId(), assignment.getEvaluationId(), assignment.getProposalId(), assignment.getReviewerId(),
                now);
    }

    public Report(long assignmentId, long evaluationId, long proposalId, long reviewerId, Instant now) {
        this.assignmentId = assignmentId;
        this.evaluationId = evaluationId;
        this.proposalId = proposalId;
        this.reviewerId = reviewerId;
        this.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public void save(Evaluation evaluation, List<CriterionScore> given, Instant now) {
        requireDraft();
        evaluation.checkScores(given, false);
        scores.clear();
        for (int i = 0; i < given.size(); i++) {
            scores.add(given.get(i).at(i));
        }
        updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public void submit(Evaluation evaluation, Instant now) {
        requireDraft();
        evaluation.checkScores(scores, true);
        status = ReportStatus.SUBMITTED;
        submittedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        updatedAt = submittedAt;
    }

    public void reopen(Instant now) {
        if (status != ReportStatus.SUBMITTED) {
            throw Refusal.conflict(null, "review.report.notSubmitted");
        }
        status = ReportStatus.DRAFT;
        submittedAt = null;
        reopened++;
        updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw Refusal.conflict(null, "review.report.locked");
        }
    }

    public boolean submitted() {
        return status == ReportStatus.SUBMITTED;
    }

    /** The scores as doubles (unscored criteria as 0), for the controls. */
    public double[] plainScores() {
        double[] out = new double[scores.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(i).getScore() == null ? 0 : scores.get(i).getScore().doubleValue();
        }
        return out;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public long getProposalId() {
        return proposalId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public int getReopened() {
        return reopened;
    }

    public long getVersion() {
        return version;
    }
}
