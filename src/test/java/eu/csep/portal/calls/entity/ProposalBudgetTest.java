package eu.csep.portal.calls.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProposalBudgetTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static ProposalBudget budget(String personnel, String subcontracting, String travel, String equipment,
            String other, String contribution) {
        return new ProposalBudget(eur(personnel), eur(subcontracting), eur(travel), eur(equipment), eur(other),
                contribution == null ? null : eur(contribution));
    }

    @Test
    void indirectCostsAreSevenPercentOfDirectCostsWithoutSubcontracting() {
        ProposalBudget b = budget("400000", "100000", "50000", "30000", "20000", "540000");
        assertEquals(eur("600000.00"), b.directCosts());
        assertEquals(eur("35000.00"), b.indirectCosts(), "7 % of 500,000 (subcontracting excluded)");
        assertEquals(eur("635000.00"), b.totalCosts());
    }

    @Test
    void indirectCostsRoundHalfUpToTheCent() {
        // 7 % of 0.50 = 0.035 -> 0.04 ; of 0.07 = 0.0049 -> 0.00
        assertEquals(eur("0.04"), budget("0.50", "0", "0", "0", "0", null).indirectCosts());
        assertEquals(eur("0.00"), budget("0.07", "0", "0", "0", "0", null).indirectCosts());
        // the classic binary trap: 0.1 + 0.2 is exactly 0.30 here
        assertEquals(eur("0.30"), budget("0.10", "0", "0.20", "0", "0", null).directCosts());
    }

    @Test
    void cofinancingRateIsDerivedAndComparedExactly() {
        // total 107,000 (100,000 direct + 7,000 indirect); 90 % of it is 96,300 exactly
        ProposalBudget atMax = budget("100000", "0", "0", "0", "0", "96300");
        assertEquals(eur("90.0000"), atMax.cofinancingRate());
        assertTrue(atMax.cofinancingWithin(eur("90")));
        ProposalBudget oneCentOver = budget("100000", "0", "0", "0", "0", "96300.01");
        assertEquals(eur("90.0000"), oneCentOver.cofinancingRate(), "displays as 90.0000 after rounding ...");
        assertFalse(oneCentOver.cofinancingWithin(eur("90")), "... yet is over the maximum: compared unrounded");
    }

    @Test
    void noRateWithoutContributionOrCosts() {
        assertNull(budget("100", "0", "0", "0", "0", null).cofinancingRate());
        assertNull(budget("0", "0", "0", "0", "0", "10").cofinancingRate());
        assertFalse(budget("0", "0", "0", "0", "0", "10").cofinancingWithin(eur("100")));
    }

    @Test
    void missingCategoriesCountAsZeroAndSubCentAmountsAreRefused() {
        assertEquals(eur("0.00"), ProposalBudget.empty().totalCosts());
        assertThrows(ArithmeticException.class, () -> budget("0.001", "0", "0", "0", "0", null));
    }
}
