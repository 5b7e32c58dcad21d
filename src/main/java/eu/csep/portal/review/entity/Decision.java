package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The decision on one proposal, with the rank it had when decided. A selection is final (the budget has opened a
 * commitment for it); reserve and rejection may still change until results are published.
 */
@Entity
@Table(name = "review_decision")
@NamedQuery(name = Decision.OF_EVALUATION, query = "SELECT d FROM Decision d WHERE d.evaluationId = :evaluation")
public class Decision implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_EVALUATION = "Decision.ofEvaluation";

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(name = "rank_at_decision")
    private Integer rank;

    @Column(name = "decided_by", nullable = false, length = 254)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected Decision() {
    }

    public Decision(long proposalId, long evaluationId) {
        this.proposalId = proposalId;
        this.evaluationId = evaluationId;
    }

    public void decide(Outcome newOutcome, Integer rankNow, String by, Instant now) {
        if (outcome == Outcome.SELECTED) {
            throw eu.csep.portal.shared.boundary.Refusal.conflict("outcome", "review.decision.selectedFinal");
        }
        outcome = newOutcome;
        rank = rankNow;
        decidedBy = by;
        decidedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Integer getRank() {
        return rank;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
