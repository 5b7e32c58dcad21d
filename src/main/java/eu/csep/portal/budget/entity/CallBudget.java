package eu.csep.portal.budget.entity;

import eu.csep.portal.shared.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The budget of one call, allocated from the programme envelope, and the cached sums committed to and paid on
 * its grants. Also holds the call's payment rules: the pre-financing range and the ceiling of pre-financing plus
 * interim payments before the final report, as percentages of a grant's commitment.
 */
@Entity
@Table(name = "budget_call")
public class CallBudget implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int IDENTIFIER_MAX = 40;
    public static final int TITLE_MAX = 200;

    @Id
    @SequenceGenerator(name = "budget_call_seq", sequenceName = "budget_call_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_call_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "call_identifier", nullable = false, updatable = false, length = IDENTIFIER_MAX)
    private String callIdentifier;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "budget_cents", nullable = false)
    private long budgetCents;

    @Column(name = "committed_cents", nullable = false)
    private long committedCents;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(name = "prefinancing_min_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal prefinancingMinPercent;

    @Column(name = "prefinancing_max_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal prefinancingMaxPercent;

    @Column(name = "payment_ceiling_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal paymentCeilingPercent;

    /** How far a category's accepted costs may exceed its budget without an amendment (see CategoryCaps). */
    @Column(name = "category_flexibility_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal categoryFlexibilityPercent = CategoryCaps.DEFAULT_FLEXIBILITY_PERCENT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CallBudget() {
    }

    public CallBudget(long programmeId, String callIdentifier, String title, PaymentRules rules) {
        this.programmeId = programmeId;
        this.callIdentifier = callIdentifier;
        this.title = title;
        this.prefinancingMinPercent = rules.prefinancingMinPercent();
        this.prefinancingMaxPercent = rules.prefinancingMaxPercent();
        this.paymentCeilingPercent = rules.ceilingPercent();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A call budget whose category flexibility differs from the default 10 % (0 = a strict cap per category). */
    public CallBudget(long programmeId, String callIdentifier, String title, PaymentRules rules,
            BigDecimal categoryFlexibilityPercent) {
        this(programmeId, callIdentifier, title, rules);
        if (categoryFlexibilityPercent != null) {
            PaymentRules.percent("categoryFlexibilityPercent", categoryFlexibilityPercent);
            this.categoryFlexibilityPercent = categoryFlexibilityPercent;
        }
    }

    /** Applies an entry's effect; refuses when more would be committed than the call budget holds. */
    public void apply(Effect effect) {
        long budget = budgetCents + effect.callBudget();
        long committed = committedCents + effect.callCommitted();
        long paid = paidCents + effect.callPaid();
        if (budget < 0 || committed < 0 || paid < 0) {
            throw Refusal.conflict("amount", "budget.balance.negative");
        }
        if (committed > budget) {
            throw Refusal.conflict("amount", "budget.call.exceeded", callIdentifier,
                    Money.ofCents(Math.max(0, budget - committedCents)).amount());
        }
        budgetCents = budget;
        committedCents = committed;
        paidCents = paid;
    }

    public PaymentRules rules() {
        return new PaymentRules(prefinancingMinPercent, prefinancingMaxPercent, paymentCeilingPercent);
    }

    /** What can still be committed. */
    public Money free() {
        return Money.ofCents(budgetCents - committedCents);
    }

    public BigDecimal getCategoryFlexibilityPercent() {
        return categoryFlexibilityPercent;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getCallIdentifier() {
        return callIdentifier;
    }

    public String getTitle() {
        return title;
    }

    public Money getBudget() {
        return Money.ofCents(budgetCents);
    }

    public Money getCommitted() {
        return Money.ofCents(committedCents);
    }

    public Money getPaid() {
        return Money.ofCents(paidCents);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
