package eu.csep.portal.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * The consensus report a moderator (an officer) writes for a proposal: the final score and comment per criterion.
 * When it exists, the ranking and the ESR use it instead of the individual reports.
 */
@Entity
@Table(name = "review_consensus")
@NamedQuery(name = Consensus.OF_PROPOSAL, query = "SELECT c FROM Consensus c WHERE c.proposalId = :proposal")
@NamedQuery(name = Consensus.OF_EVALUATION, query = "SELECT c FROM Consensus c WHERE c.evaluationId = :evaluation")
public class Consensus implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_PROPOSAL = "Consensus.ofProposal";
    public static final String OF_EVALUATION = "Consensus.ofEvaluation";

    @Id
    @SequenceGenerator(name = "review_consensus_seq", sequenceName = "review_consensus_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_consensus_seq")
    private Long id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(nullable = false, length = 254)
    private String moderator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_consensus_score", joinColumns = @JoinColumn(name = "consensus_id"))
    @OrderBy("position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Version
    private long version;

    protected Consensus() {
    }

    public Consensus(long evaluationId, long proposalId) {
        this.evaluationId = evaluationId;
        this.proposalId = proposalId;
    }

    public void write(Evaluation evaluation, List<CriterionScore> given, String by, Instant now) {
        evaluation.checkScores(given, true);
        scores.clear();
        for (int i = 0; i < given.size(); i++) {
            scores.add(given.get(i).at(i));
        }
        moderator = by;
        writtenAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public double[] plainScores() {
        return scores.stream().mapToDouble(s -> s.getScore().doubleValue()).toArray();
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getModerator() {
        return moderator;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
