package eu.csep.portal.calls.entity;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Step 4 of a proposal as a value: the direct costs by category, and what follows from them. Indirect costs are a
 * 7 % flat rate of the direct costs excluding subcontracting (computed, never typed, rounded half-up to the cent);
 * the co-financing rate is the requested EU contribution as a share of the total. Exact decimals throughout.
 */
public record ProposalBudget(BigDecimal personnel, BigDecimal subcontracting, BigDecimal travel, BigDecimal equipment,
        BigDecimal otherCosts, BigDecimal euContribution) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final BigDecimal INDIRECT_RATE = new BigDecimal("0.07");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProposalBudget {
        personnel = cents(personnel);
        subcontracting = cents(subcontracting);
        travel = cents(travel);
        equipment = cents(equipment);
        otherCosts = cents(otherCosts);
        euContribution = euContribution == null ? null : euContribution.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static ProposalBudget empty() {
        return new ProposalBudget(null, null, null, null, null, null);
    }

    private static BigDecimal cents(BigDecimal amount) {
        // amounts arrive validated (@Digits fraction 2); a third decimal is a programming error, not rounded away
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public BigDecimal directCosts() {
        return personnel.add(subcontracting).add(travel).add(equipment).add(otherCosts);
    }

    /** 7 % of the direct costs excluding subcontracting, to the cent (half-up). */
    public BigDecimal indirectCosts() {
        return directCosts().subtract(subcontracting).multiply(INDIRECT_RATE).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal totalCosts() {
        return directCosts().add(indirectCosts());
    }

    /** The EU contribution as a percentage of the total costs, to 4 decimals for display; null if not computable. */
    public BigDecimal cofinancingRate() {
        if (euContribution == null || totalCosts().signum() == 0) {
            return null;
        }
        return euContribution.multiply(HUNDRED).divide(totalCosts(), 4, RoundingMode.HALF_UP);
    }

    /** Exactly (no rounding): contribution / total ≤ maxRate / 100. */
    public boolean cofinancingWithin(BigDecimal maxRatePercent) {
        if (euContribution == null || totalCosts().signum() == 0) {
            return false;
        }
        return euContribution.multiply(HUNDRED).compareTo(maxRatePercent.multiply(totalCosts())) <= 0;
    }

    public boolean contributionWithinTotal() {
        return euContribution != null && euContribution.compareTo(totalCosts()) <= 0;
    }
}
