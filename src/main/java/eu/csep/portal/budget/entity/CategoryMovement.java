package eu.csep.portal.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An amendment between cost categories of one grant, never edited: money moves from a category (or from the
 * commitment not yet assigned, {@code from} null) to another (or back to the unassigned commitment, {@code to}
 * null). A category's budget is the sum of its movements.
 */
@Entity
@Table(name = "budget_category_movement")
public class CategoryMovement implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "budget_category_movement_seq", sequenceName = "budget_category_movement_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_category_movement_seq")
    private Long id;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_category", updatable = false, length = 30)
    private CostCategory from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_category", updatable = false, length = 30)
    private CostCategory to;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = LedgerEntry.REASON_MAX)
    private String reason;

    protected CategoryMovement() {
    }

    public CategoryMovement(long commitmentId, CostCategory from, CostCategory to, Money amount, String actor,
            String reason) {
        this.commitmentId = commitmentId;
        this.from = from;
        this.to = to;
        this.amountCents = amount.cents();
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Each category's budget from a grant's movements (every category present, zero when never given money). */
    public static Map<CostCategory, Money> budgets(List<CategoryMovement> movements) {
        Map<CostCategory, Long> cents = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
            cents.put(c, 0L);
        }
        for (CategoryMovement m : movements) {
            if (m.from != null) {
                cents.merge(m.from, -m.amountCents, Long::sum);
            }
            if (m.to != null) {
                cents.merge(m.to, m.amountCents, Long::sum);
            }
        }
        Map<CostCategory, Money> result = new EnumMap<>(CostCategory.class);
        cents.forEach((c, v) -> result.put(c, Money.ofCents(v)));
        return result;
    }

    public Long getId() {
        return id;
    }

    public long getCommitmentId() {
        return commitmentId;
    }

    public CostCategory getFrom() {
        return from;
    }

    public CostCategory getTo() {
        return to;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
