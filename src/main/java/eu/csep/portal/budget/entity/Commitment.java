package eu.csep.portal.budget.entity;

import eu.csep.portal.shared.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A grant: the EU contribution committed to one selected proposal of one organisation, with the cached sums paid
 * on it. Guards the payment rules: nothing is paid on a pending or closed grant, pre-financing once and within
 * the call's range, pre-financing plus interim payments within the ceiling until the final report is accepted,
 * and never more paid than committed.
 */
@Entity
@Table(name = "budget_commitment")
public class Commitment implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int REFERENCE_MAX = 60;

    @Id
    @SequenceGenerator(name = "budget_commitment_seq", sequenceName = "budget_commitment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_commitment_seq")
    private Long id;

    @Column(name = "call_budget_id", nullable = false, updatable = false)
    private long callBudgetId;

    @Column(name = "proposal_reference", nullable = false, updatable = false, length = REFERENCE_MAX)
    private String proposalReference;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "requested_cents", nullable = false, updatable = false)
    private long requestedCents;

    @Column(name = "cofinancing_rate_pct", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal cofinancingRatePercent;

    @Column(name = "committed_cents", nullable = false)
    private long committedCents;

    @Column(name = "paid_cents", nullable = false)
    private long paidCents;

    @Column(name = "prefinanced_cents", nullable = false)
    private long prefinancedCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommitmentStatus status;

    @Column(name = "accepted_costs_cents")
    private Long acceptedCostsCents;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Commitment() {
    }

    /** A pending grant for a selected proposal: nothing is committed until an officer confirms it. */
    public Commitment(long callBudgetId, String proposalReference, long organisationId, Money requested,
            BigDecimal cofinancingRatePercent) {
        requested.requirePositive("requestedContribution");
        PaymentRules.percent("cofinancingRate", cofinancingRatePercent);
        if (cofinancingRatePercent.signum() == 0) {
            throw Refusal.invalid("cofinancingRate", "budget.percent.invalid", "0");
        }
        this.callBudgetId = callBudgetId;
        this.proposalReference = proposalReference;
        this.organisationId = organisationId;
        this.requestedCents = requested.cents();
        this.cofinancingRatePercent = cofinancingRatePercent;
        this.status = CommitmentStatus.PENDING;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The officer confirms the commitment: the requested amount or less (a reduction needs a reason). */
    public void checkConfirmation(Money amount, String reason) {
        if (status != CommitmentStatus.PENDING) {
            throw Refusal.conflict(null, "budget.commitment.notPending", proposalReference);
        }
        amount.requirePositive("amount");
        if (amount.cents() > requestedCents) {
            throw Refusal.invalid("amount", "budget.commitment.aboveRequested", getRequested().amount());
        }
    }

    public void open() {
        status = CommitmentStatus.OPEN;
    }

    /** Refuses a payment the rules do not allow; the ledger then applies it. */
    public void checkPayment(PaymentType type, Money amount, PaymentRules rules) {
        amount.requirePositive("amount");
        requireOpen();
        Money committed = getCommitted();
        switch (type) {
            case PRE_FINANCING -> {
                if (prefinancedCents > 0) {
                    throw Refusal.conflict("type", "budget.payment.prefinancingTwice", proposalReference);
                }
                Money min = committed.percent(rules.prefinancingMinPercent());
                Money max = committed.percent(rules.prefinancingMaxPercent());
                if (amount.compareTo(min) < 0 || amount.exceeds(max)) {
                    throw Refusal.invalid("amount", "budget.payment.prefinancingRange", min.amount(), max.amount());
                }
            }
            case INTERIM -> {
                // the ceiling holds until the final report is accepted; after that, the final balance settles
            }
            case FINAL_BALANCE -> throw Refusal.invalid("type", "budget.payment.finalThroughReport");
        }
        Money ceiling = committed.percent(rules.ceilingPercent());
        Money after = getPaid().plus(amount);
        if (after.exceeds(ceiling)) {
            throw Refusal.conflict("amount", "budget.payment.ceiling", rules.ceilingPercent(),
                    ceiling.minus(getPaid()).max0().amount());
        }
    }

    /**
     * The final balance once the final report's eligible costs are accepted:
     * min(commitment, co-financing rate x accepted costs) - paid. Negative means the holder pays back (recovery).
     */
    public Money finalBalance(Money acceptedCosts) {
        Money due = getCommitted().min(acceptedCosts.percent(cofinancingRatePercent));
        return due.minus(getPaid());
    }

    /** Accepts the final report's costs and closes the grant; the ledger posts the balance entries. */
    public void acceptFinalReport(Money acceptedCosts) {
        requireOpen();
        if (acceptedCosts.isNegative()) {
            throw Refusal.invalid("acceptedCosts", "budget.amount.notPositive", acceptedCosts.amount());
        }
        this.acceptedCostsCents = acceptedCosts.cents();
        this.status = CommitmentStatus.CLOSED;
    }

    /**
     * The least an amendment may lower the commitment to: what its cost categories hold, and the smallest amount whose
     * payment ceiling still covers what is paid (or what is paid, when the ceiling is 0 %).
     */
    public Money lowestAmendment(Money inCategories, PaymentRules rules) {
        long byCeiling = paidCents == 0 || rules.ceilingPercent().signum() == 0 ? paidCents
                : BigDecimal.valueOf(paidCents).multiply(BigDecimal.valueOf(100))
                        .divide(rules.ceilingPercent(), 0, RoundingMode.CEILING).longValueExact();
        return Money.ofCents(Math.max(Math.max(byCeiling, inCategories.cents()), 1));
    }

    public void requireOpen() {
        if (status == CommitmentStatus.CLOSED) {
            throw Refusal.conflict(null, "budget.grant.closed", proposalReference);
        }
        if (status == CommitmentStatus.PENDING) {
            throw Refusal.conflict(null, "budget.grant.pending", proposalReference);
        }
    }

    /** Applies an entry's effect; refuses when more would be paid than committed. */
    public void apply(Effect effect) {
        long committed = committedCents + effect.committed();
        long paid = paidCents + effect.paid();
        long prefinanced = prefinancedCents + effect.prefinanced();
        if (committed < 0 || paid < 0 || prefinanced < 0) {
            throw Refusal.conflict("amount", "budget.balance.negative");
        }
        if (paid > committed) {
            throw Refusal.conflict("amount", "budget.commitment.exceeded", proposalReference,
                    Money.ofCents(Math.max(0, committed - paidCents)).amount());
        }
        committedCents = committed;
        paidCents = paid;
        prefinancedCents = prefinanced;
    }

    public Long getId() {
        return id;
    }

    public long getCallBudgetId() {
        return callBudgetId;
    }

    public String getProposalReference() {
        return proposalReference;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Money getRequested() {
        return Money.ofCents(requestedCents);
    }

    public BigDecimal getCofinancingRatePercent() {
        return cofinancingRatePercent;
    }

    public Money getCommitted() {
        return Money.ofCents(committedCents);
    }

    public Money getPaid() {
        return Money.ofCents(paidCents);
    }

    public Money getPrefinanced() {
        return Money.ofCents(prefinancedCents);
    }

    /** What is committed but not yet paid. */
    public Money getOutstanding() {
        return Money.ofCents(committedCents - paidCents);
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public Money getAcceptedCosts() {
        return acceptedCostsCents == null ? null : Money.ofCents(acceptedCostsCents);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
