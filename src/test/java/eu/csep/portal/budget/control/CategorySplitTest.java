package eu.csep.portal.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategorySplitTest {

    private static Money eur(String amount) {
        return Money.of("amount", new BigDecimal(amount));
    }

    private static Map<CostCategory, Money> costs(String... amounts) {
        Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
        for (int i = 0; i < amounts.length; i++) {
            costs.put(CostCategory.values()[i], eur(amounts[i]));
        }
        return costs;
    }

    private static Money sum(Map<CostCategory, Money> shares) {
        return shares.values().stream().reduce(Money.ZERO, Money::plus);
    }

    @Test
    void aRoundRateSplitsExactly() {
        // personnel 300k, subcontracting 0, travel 100k, equipment 50k, other 50k, indirect 7 % of 500k; 90 % asked
        Map<CostCategory, Money> share = CategorySplit.euShare(costs("300000", "0", "100000", "50000", "50000",
                "35000"), eur("481500"));
        assertEquals(eur("270000"), share.get(CostCategory.PERSONNEL));
        assertEquals(Money.ZERO, share.get(CostCategory.SUBCONTRACTING));
        assertEquals(eur("90000"), share.get(CostCategory.TRAVEL));
        assertEquals(eur("45000"), share.get(CostCategory.EQUIPMENT));
        assertEquals(eur("45000"), share.get(CostCategory.OTHER_GOODS_AND_SERVICES));
        assertEquals(eur("31500"), share.get(CostCategory.INDIRECT_COSTS));
    }

    @Test
    void lostCentsGoToTheLargestRemaindersSoTheSumIsTheAmount() {
        // three equal thirds of 100.00 at 100 %: 33.33 each and one cent left, to the first in report order
        Map<CostCategory, Money> share = CategorySplit.euShare(costs("1", "1", "1"), eur("100"));
        assertEquals(eur("33.34"), share.get(CostCategory.PERSONNEL));
        assertEquals(eur("33.33"), share.get(CostCategory.SUBCONTRACTING));
        assertEquals(eur("33.33"), share.get(CostCategory.TRAVEL));
        assertEquals(eur("100"), sum(share));
        // 0.05 over 0.30 / 0.60 / 0.10 of costs: exact 0.015, 0.030, 0.005 -> 0.01 + 0.03 + 0.01 (remainders .5 / 0 / .5)
        Map<CostCategory, Money> small = CategorySplit.euShare(costs("3", "6", "1"), eur("0.05"));
        assertEquals(eur("0.02"), small.get(CostCategory.PERSONNEL).plus(small.get(CostCategory.TRAVEL)));
        assertEquals(eur("0.03"), small.get(CostCategory.SUBCONTRACTING));
        assertEquals(eur("0.05"), sum(small));
    }

    @Test
    void aReducedConfirmationLowersEveryCategoryAlike() {
        Map<CostCategory, Money> share = CategorySplit.euShare(costs("300000", "0", "100000", "50000", "50000",
                "35000"), eur("240750"));
        assertEquals(eur("135000"), share.get(CostCategory.PERSONNEL));
        assertEquals(eur("15750"), share.get(CostCategory.INDIRECT_COSTS));
        assertEquals(eur("240750"), sum(share));
    }

    @Test
    void everyShareIsWithinACentOfItsExactValueAndTheSumIsExact() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
            long total = 0;
            for (CostCategory category : CostCategory.values()) {
                long cents = random.nextInt(4) == 0 ? 0 : random.nextLong(1, 100_000_000_00L);
                costs.put(category, Money.ofCents(cents));
                total += cents;
            }
            if (total == 0) {
                continue;
            }
            long amount = random.nextLong(1, total + 1);
            Map<CostCategory, Money> share = CategorySplit.euShare(costs, Money.ofCents(amount));
            assertEquals(amount, sum(share).cents());
            for (CostCategory category : CostCategory.values()) {
                double exact = (double) amount * costs.get(category).cents() / total;
                assertTrue(Math.abs(share.get(category).cents() - exact) < 1.0001, category + " " + exact);
                if (costs.get(category).isZero()) {
                    assertEquals(Money.ZERO, share.get(category), "no costs, no share");
                }
            }
        }
    }

    @Test
    void noCostsNoSplit() {
        assertTrue(CategorySplit.euShare(Map.of(), eur("10")).isEmpty());
        assertTrue(CategorySplit.euShare(costs("0", "0"), eur("10")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CategorySplit.euShare(Map.of(CostCategory.TRAVEL,
                Money.ofCents(-1)), eur("10")));
    }
}
