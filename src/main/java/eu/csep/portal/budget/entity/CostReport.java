package eu.csep.portal.budget.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A funded organisation's interim or final financial report on one grant: claimed costs per category, then the
 * officer's review (each category accepted or adjusted downwards with a reason). Guards that the EU share of the
 * accepted costs never exceeds co-financing rate x accepted eligible costs (and never the commitment).
 */
@Entity
@Table(name = "budget_cost_report")
public class CostReport implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "budget_cost_report_seq", sequenceName = "budget_cost_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_cost_report_seq")
    private Long id;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false, updatable = false, length = 10)
    private ReportType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status;

    @Column(name = "cofinancing_rate_pct", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal cofinancingRatePercent;

    @Column(name = "claimed_cents", nullable = false, updatable = false)
    private long claimedCents;

    @Column(name = "accepted_cents")
    private Long acceptedCents;

    @Column(name = "eu_share_cents")
    private Long euShareCents;

    @Column(name = "final_balance_cents")
    private Long finalBalanceCents;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 254)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_reason", length = REASON_MAX)
    private String reviewReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_cost_line", joinColumns = @JoinColumn(name = "report_id"))
    private List<CostLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected CostReport() {
    }

    /**
     * A submitted report on an open grant: every category given (missing ones count as zero), none negative, and
     * something claimed in total.
     */
    public CostReport(Commitment grant, ReportType type, Map<CostCategory, Money> claimed, String submittedBy) {
        grant.requireOpen();
        if (type == null) {
            throw Refusal.invalid("type", "budget.costReport.typeMissing");
        }
        long total = 0;
        for (CostCategory category : CostCategory.values()) {
            Money amount = claimed.getOrDefault(category, Money.ZERO);
            if (amount.isNegative()) {
                throw Refusal.invalid(category.name(), "budget.costReport.negative");
            }
            lines.add(new CostLine(category, amount.cents()));
            total = Math.addExact(total, amount.cents());
        }
        if (total <= 0) {
            throw Refusal.invalid(CostCategory.PERSONNEL.name(), "budget.costReport.nothingClaimed");
        }
        this.commitmentId = grant.getId();
        this.organisationId = grant.getOrganisationId();
        this.type = type;
        this.status = ReportStatus.SUBMITTED;
        this.cofinancingRatePercent = grant.getCofinancingRatePercent();
        this.claimedCents = total;
        this.submittedBy = submittedBy;
        this.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * The officer's review: per category the accepted amount (absent = accepted as claimed), never negative nor above
     * the claim, and a reason wherever it differs from the claim. The EU share is min(commitment, rate x accepted).
     */
    public void review(Map<CostCategory, Money> accepted, Map<CostCategory, String> reasons, Money committed,
            String reviewer, String reason) {
        review(accepted, reasons, committed, CategoryCaps.NONE, reviewer, reason);
    }

    /**
     * The review under the grant's category budgets: besides the rules above, no category's accepted costs exceed
     * its cap (see {@link CategoryCaps}); the cap is kept on the line, where the database checks it once more.
     */
    public void review(Map<CostCategory, Money> accepted, Map<CostCategory, String> reasons, Money committed,
            CategoryCaps caps, String reviewer, String reason) {
        if (status != ReportStatus.SUBMITTED) {
            throw Refusal.conflict(null, "budget.costReport.reviewed", id);
        }
        long total = 0;
        for (CostLine line : lines) {
            CostCategory category = line.getCategory();
            Money claimed = line.getClaimed();
            Money amount = accepted.get(category) == null ? claimed : accepted.get(category);
            if (amount.isNegative() || amount.exceeds(claimed)) {
                throw Refusal.invalid(category.name(), "budget.costReport.acceptedRange", claimed.amount());
            }
            String why = reasons.get(category) == null || reasons.get(category).isBlank() ? null
                    : reasons.get(category).strip();
            if (why != null && why.length() > REASON_MAX) {
                throw Refusal.invalid("reason_" + category.name(), "budget.text.tooLong", REASON_MAX);
            }
            if (!amount.equals(claimed) && why == null) {
                throw Refusal.invalid("reason_" + category.name(), "budget.costReport.adjustmentReason");
            }
            Money cap = caps.cap(category).orElse(null);
            if (cap != null && amount.exceeds(cap)) {
                throw Refusal.conflict(category.name(), "budget.costReport.aboveCap", cap.amount(),
                        caps.budget(category).amount(), caps.flexibilityPercent());
            }
            line.accept(amount.cents(), amount.equals(claimed) ? null : why, cap);
            total = Math.addExact(total, amount.cents());
        }
        Money acceptedCosts = Money.ofCents(total);
        Money share = euShare(acceptedCosts, cofinancingRatePercent, committed);
        this.acceptedCents = total;
        this.euShareCents = share.cents();
        this.status = ReportStatus.REVIEWED;
        this.reviewedBy = reviewer;
        this.reviewedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.reviewReason = reason;
    }

    /**
     * The EU share of accepted costs: co-financing rate x accepted eligible costs (rounded down to the cent), at
     * most the commitment; refuses anything that would exceed rate x accepted costs.
     */
    public static Money euShare(Money acceptedCosts, BigDecimal ratePercent, Money committed) {
        Money share = acceptedCosts.percent(ratePercent).min(committed);
        BigDecimal limit = BigDecimal.valueOf(acceptedCosts.cents()).multiply(ratePercent);
        if (BigDecimal.valueOf(share.cents()).multiply(BigDecimal.valueOf(100)).compareTo(limit) > 0) {
            throw Refusal.conflict(null, "budget.costReport.shareAboveRate", ratePercent);
        }
        return share;
    }

    public void settled(Money finalBalance) {
        this.finalBalanceCents = finalBalance.cents();
    }

    public Long getId() {
        return id;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ReportType getType() {
        return type;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public BigDecimal getCofinancingRatePercent() {
        return cofinancingRatePercent;
    }

    public Money getClaimed() {
        return Money.ofCents(claimedCents);
    }

    public Money getAccepted() {
        return acceptedCents == null ? null : Money.ofCents(acceptedCents);
    }

    public Money getEuShare() {
        return euShareCents == null ? null : Money.ofCents(euShareCents);
    }

    public Money getFinalBalance() {
        return finalBalanceCents == null ? null : Money.ofCents(finalBalanceCents);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    /** The lines in category order. */
    public List<CostLine> getLines() {
        return lines.stream().sorted(Comparator.comparing(CostLine::getCategory)).toList();
    }
}
