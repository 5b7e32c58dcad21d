package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A reviewer assigned to a proposal. The reviewer sees the proposal's content only after declaring "no conflict";
 * a declared conflict voids the assignment. An automatic conflict hint, if any, is kept with the officer's written
 * clearance that allowed the assignment.
 */
@Entity
@Table(name = "review_assignment")
@NamedQuery(name = Assignment.OF_REVIEWER, query = "SELECT a FROM Assignment a WHERE a.reviewerId = :reviewer ORDER BY a.id")
@NamedQuery(name = Assignment.OF_EVALUATION, query = "SELECT a FROM Assignment a WHERE a.evaluationId = :evaluation ORDER BY a.proposalId, a.id")
@NamedQuery(name = Assignment.OF_PROPOSAL_AND_REVIEWER, query = "SELECT a FROM Assignment a WHERE a.proposalId = :proposal AND a.reviewerId = :reviewer")
public class Assignment implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_REVIEWER = "Assignment.ofReviewer";
    public static final String OF_EVALUATION = "Assignment.ofEvaluation";
    public static final String OF_PROPOSAL_AND_REVIEWER = "Assignment.ofProposalAndReviewer";
    public static final int TEXT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "review_assignment_seq", sequenceName = "review_assignment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_seq")
    private Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "proposal_reference", nullable = false, updatable = false, length = 60)
    private String proposalReference;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Column(name = "reviewer_email", nullable = false, updatable = false, length = 254)
    private String reviewerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Declaration declaration = Declaration.PENDING;

    @Column(name = "declared_at")
    private OffsetDateTime declaredAt;

    @Column(name = "declaration_note", length = TEXT_MAX)
    private String declarationNote;

    @Column(length = TEXT_MAX)
    private String hint;

    @Column(name = "cleared_by", length = 254)
    private String clearedBy;

    @Column(name = "clearance", length = TEXT_MAX)
    private String clearance;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 254)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private OffsetDateTime assignedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long evaluationId, long proposalId, String proposalReference, long reviewerId,
            String reviewerEmail, String assignedBy, Instant now) {
        this.evaluationId = evaluationId;
        this.proposalId = proposalId;
        this.proposalReference = proposalReference;
        this.reviewerId = reviewerId;
        this.reviewerEmail = reviewerEmail;
        this.assignedBy = assignedBy;
        this.assignedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Records the hint and the officer's written reason for assigning nevertheless. */
    public void clearHint(String hintText, String officer, String reason) {
        this.hint = hintText;
        this.clearedBy = officer;
        this.clearance = reason;
    }

    public void declare(boolean conflict, String note, Instant now) {
        if (declaration != Declaration.PENDING) {
            throw eu.csep.portal.shared.boundary.Refusal.conflict("declaration", "review.declaration.done");
        }
        declaration = conflict ? Declaration.CONFLICT : Declaration.NO_CONFLICT;
        declarationNote = note == null || note.isBlank() ? null : note.strip();
        declaredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Whether the reviewer may see the proposal's documents. */
    public boolean opened() {
        return declaration == Declaration.NO_CONFLICT;
    }

    public boolean active() {
        return declaration != Declaration.CONFLICT;
    }

    public Long getId() {
        return id;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getProposalReference() {
        return proposalReference;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerEmail() {
        return reviewerEmail;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public OffsetDateTime getDeclaredAt() {
        return declaredAt;
    }

    public String getHint() {
        return hint;
    }

    public String getClearance() {
        return clearance;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }
}
