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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of one call: its rubric (scale, criteria, overall threshold), how many reviews each proposal needs,
 * the reviewers' maximum load, the review deadline, the minimum comment length below a threshold, the tie-break
 * cascade, whether the ranking uses calibrated scores, and whether results are published. The rubric is frozen by
 * the first submitted report; after that it never changes.
 */
@Entity
@Table(name = "review_evaluation")
@NamedQuery(name = Evaluation.OF_CALL, query = "SELECT e FROM Evaluation e WHERE e.callId = :call")
public class Evaluation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_CALL = "Evaluation.ofCall";
    public static final int MAX_CRITERIA = 10;

    @Id
    @SequenceGenerator(name = "review_evaluation_seq", sequenceName = "review_evaluation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_evaluation_seq")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private long callId;

    @Column(name = "call_identifier", nullable = false, updatable = false, length = 40)
    private String callIdentifier;

    @Column(name = "rubric_name", nullable = false, length = 80)
    private String rubricName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Scale scale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "overall_threshold", nullable = false, precision = 7, scale = 2)
    private BigDecimal overallThreshold;

    @Column(name = "reviews_per_proposal", nullable = false)
    private int reviewsPerProposal = 3;

    @Column(name = "max_load", nullable = false)
    private int maxLoad = 10;

    @Column(name = "comment_min_length", nullable = false)
    private int commentMinLength = 50;

    @Column(name = "review_deadline")
    private OffsetDateTime reviewDeadline;

    @Column(name = "tie_break", length = 200)
    private String tieBreak;

    @Column(nullable = false)
    private boolean calibrated;

    @Column(nullable = false)
    private boolean frozen;

    @Column(nullable = false)
    private boolean published;

    @Version
    private long version;

    protected Evaluation() {
    }

    public Evaluation(long callId, String callIdentifier, String rubricName) {
        this.callId = callId;
        this.callIdentifier = callIdentifier;
        this.rubricName = rubricName;
        // the EU research default until the officer says otherwise
        this.scale = Scale.HALF_POINTS;
        BigDecimal one = BigDecimal.ONE;
        BigDecimal three = new BigDecimal("3");
        criteria.add(new Criterion("Excellence", "Clarity of objectives, soundness of the concept", one, Scale.FIVE, three));
        criteria.add(new Criterion("Impact", "Reach of the target audience, expected change", one, Scale.FIVE, three));
        criteria.add(new Criterion("Implementation", "Work plan, team, resources", one, Scale.FIVE, three));
        this.overallThreshold = BigDecimal.TEN;
        this.tieBreak = "Impact, Excellence";
    }

    /** Replaces the rubric; refused once a report has been submitted. */
    public void defineRubric(String name, Scale newScale, List<Criterion> newCriteria, BigDecimal overall) {
        if (frozen) {
            throw Refusal.conflict("criteria", "review.rubric.frozen");
        }
        if (newCriteria == null || newCriteria.isEmpty() || newCriteria.size() > MAX_CRITERIA) {
            throw Refusal.invalid("criteria", "review.rubric.criteriaCount", MAX_CRITERIA);
        }
        BigDecimal maxTotal = BigDecimal.ZERO;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Criterion c : newCriteria) {
            if (c.getName() == null || c.getName().isBlank() || !names.add(c.getName().strip().toLowerCase())) {
                throw Refusal.invalid("criteria", "review.rubric.criterionName");
            }
            BigDecimal max = newScale.max(c.getMaxPoints());
            if (max == null || max.signum() <= 0 || c.getWeight() == null || c.getWeight().signum() <= 0
                    || c.getThreshold() == null || c.getThreshold().signum() < 0 || c.getThreshold().compareTo(max) > 0) {
                throw Refusal.invalid("criteria", "review.rubric.criterionNumbers", c.getName());
            }
            if (newScale == Scale.POINTS && max.stripTrailingZeros().scale() > 0) {
                throw Refusal.invalid("criteria", "review.rubric.criterionNumbers", c.getName());
            }
            maxTotal = maxTotal.add(max.multiply(c.getWeight()));
        }
        if (overall == null || overall.signum() < 0 || overall.compareTo(maxTotal) > 0) {
            throw Refusal.invalid("overallThreshold", "review.rubric.overall", maxTotal.stripTrailingZeros().toPlainString());
        }
        this.rubricName = name == null || name.isBlank() ? rubricName : name.strip();
        this.scale = newScale;
        this.criteria.clear();
        newCriteria.forEach(c -> criteria.add(new Criterion(c.getName().strip(), c.getDescription(), c.getWeight(),
                newScale.max(c.getMaxPoints()), c.getThreshold())));
        this.overallThreshold = overall;
        // criteria the new rubric no longer has drop out of the tie-break cascade
        this.tieBreak = tieBreak == null ? null : java.util.Arrays.stream(tieBreak.split(",")).map(String::strip)
                .filter(n -> indexOf(n) >= 0).collect(java.util.stream.Collectors.joining(", "));
        if (tieBreak != null && tieBreak.isEmpty()) {
            tieBreak = null;
        }
    }

    /** The settings an officer may change while reviews go on (the rubric itself is separate and freezes). */
    public void configure(int perProposal, int load, int commentMin, OffsetDateTime deadline, String tieBreakNames,
            boolean calibration) {
        if (perProposal < 1 || perProposal > 10) {
            throw Refusal.invalid("reviewsPerProposal", "review.settings.reviews");
        }
        if (load < 1 || load > 500) {
            throw Refusal.invalid("maxLoad", "review.settings.load");
        }
        if (commentMin < 0 || commentMin > 2000) {
            throw Refusal.invalid("commentMinLength", "review.settings.commentLength");
        }
        checkTieBreak(tieBreakNames);
        this.reviewsPerProposal = perProposal;
        this.maxLoad = load;
        this.commentMinLength = commentMin;
        this.reviewDeadline = deadline == null ? null : deadline.withOffsetSameInstant(ZoneOffset.UTC);
        this.tieBreak = tieBreakNames == null || tieBreakNames.isBlank() ? null : tieBreakNames.strip();
        this.calibrated = calibration;
    }

    private void checkTieBreak(String names) {
        if (names == null || names.isBlank()) {
            return;
        }
        for (String n : names.split(",")) {
            if (indexOf(n.strip()) < 0) {
                throw Refusal.invalid("tieBreak", "review.settings.tieBreak", n.strip());
            }
        }
    }

    /** Criterion positions in tie-break order. */
    public int[] tieBreakOrder() {
        if (tieBreak == null || tieBreak.isBlank()) {
            return new int[0];
        }
        return java.util.Arrays.stream(tieBreak.split(",")).map(String::strip).mapToInt(this::indexOf)
                .filter(i -> i >= 0).toArray();
    }

    private int indexOf(String name) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).getName().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether reviewers may still write at this instant. */
    public boolean acceptsReviewsAt(Instant now) {
        return !published && (reviewDeadline == null || now.isBefore(reviewDeadline.toInstant()));
    }

    /**
     * Checks one score and comment per criterion: each given score on the scale; when {@code complete}, every score
     * and every comment present, and a comment of at least the minimum length where the score is under threshold.
     */
    public void checkScores(List<CriterionScore> scores, boolean complete) {
        if (scores == null || scores.size() != criteria.size()) {
            throw Refusal.invalid("scores", "review.scores.count", criteria.size());
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            CriterionScore s = scores.get(i);
            String field = "scores[" + i + "]";
            if (s.getScore() != null && !scale.accepts(s.getScore(), c.getMaxPoints())) {
                throw Refusal.invalid(field + ".score", scale == Scale.HALF_POINTS ? "review.score.halfPoints"
                        : "review.score.points", c.getName(), c.getMaxPoints().stripTrailingZeros().toPlainString());
            }
            if (s.getComment() != null && s.getComment().length() > CriterionScore.COMMENT_MAX) {
                throw Refusal.invalid(field + ".comment", "review.comment.tooLong", c.getName(), CriterionScore.COMMENT_MAX);
            }
            if (!complete) {
                continue;
            }
            if (s.getScore() == null) {
                throw Refusal.invalid(field + ".score", "review.score.missing", c.getName());
            }
            if (s.getComment() == null) {
                throw Refusal.invalid(field + ".comment", "review.comment.missing", c.getName());
            }
            if (s.getScore().compareTo(c.getThreshold()) < 0 && s.getComment().length() < commentMinLength) {
                throw Refusal.invalid(field + ".comment", "review.comment.tooShort", c.getName(), commentMinLength);
            }
        }
    }

    public void freeze() {
        frozen = true;
    }

    public void publish() {
        published = true;
    }

    /** The plain view of the rubric that the controls work on. */
    public eu.csep.portal.review.control.Criteria plain() {
        int n = criteria.size();
        double[] max = new double[n];
        double[] threshold = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            max[i] = criteria.get(i).getMaxPoints().doubleValue();
            threshold[i] = criteria.get(i).getThreshold().doubleValue();
            weight[i] = criteria.get(i).getWeight().doubleValue();
        }
        return new eu.csep.portal.review.control.Criteria(scale, criteria.stream().map(Criterion::getName).toList(),
                max, threshold, weight, overallThreshold.doubleValue());
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public String getCallIdentifier() {
        return callIdentifier;
    }

    public String getRubricName() {
        return rubricName;
    }

    public Scale getScale() {
        return scale;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public BigDecimal getOverallThreshold() {
        return overallThreshold;
    }

    public int getReviewsPerProposal() {
        return reviewsPerProposal;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public int getCommentMinLength() {
        return commentMinLength;
    }

    public OffsetDateTime getReviewDeadline() {
        return reviewDeadline;
    }

    public String getTieBreak() {
        return tieBreak;
    }

    public boolean isCalibrated() {
        return calibrated;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public boolean isPublished() {
        return published;
    }

    public long getVersion() {
        return version;
    }
}
