package eu.csep.portal.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;

/** One category of a cost report: what was claimed and, after the review, what was accepted and why it differs. */
@Embeddable
public class CostLine implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CostCategory category;

    @Column(name = "claimed_cents", nullable = false)
    private long claimedCents;

    @Column(name = "accepted_cents")
    private Long acceptedCents;

    @Column(name = "adjustment_reason", length = 500)
    private String adjustmentReason;

    /** The most that could be accepted in this category at review time (null: the grant had no category budget). */
    @Column(name = "cap_cents")
    private Long capCents;

    protected CostLine() {
    }

    CostLine(CostCategory category, long claimedCents) {
        this.category = category;
        this.claimedCents = claimedCents;
    }

    void accept(long cents, String reason, Money cap) {
        this.acceptedCents = cents;
        this.adjustmentReason = reason;
        this.capCents = cap == null ? null : cap.cents();
    }

    public CostCategory getCategory() {
        return category;
    }

    public Money getClaimed() {
        return Money.ofCents(claimedCents);
    }

    public Money getAccepted() {
        return acceptedCents == null ? null : Money.ofCents(acceptedCents);
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public Money getCap() {
        return capCents == null ? null : Money.ofCents(capCents);
    }
}
