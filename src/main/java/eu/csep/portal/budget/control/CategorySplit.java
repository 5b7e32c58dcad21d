package eu.csep.portal.budget.control;

import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.Money;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The EU share of a proposal's budget per cost category: each category's costs times the co-financing rate, where
 * the rate is applied exactly as committed amount / total costs (at the requested amount this is the proposal's
 * co-financing rate; a reduced confirmation lowers it evenly). Shares are cut to the cent and the cents lost go, one
 * each, to the categories with the largest remainders (ties: the report's category order), so the shares always add
 * up to the committed amount exactly and none differs from its exact share by a cent or more.
 */
public final class CategorySplit {

    private CategorySplit() {
    }

    /**
     * @param costs  the proposal's total costs per category (missing = none)
     * @param amount the EU money to split (the committed amount)
     * @return the share per category (every category present), empty when there are no costs to split by
     */
    public static Map<CostCategory, Money> euShare(Map<CostCategory, Money> costs, Money amount) {
        BigInteger total = BigInteger.ZERO;
        for (Money cost : costs.values()) {
            if (cost.isNegative()) {
                throw new IllegalArgumentException("negative costs: " + cost);
            }
            total = total.add(BigInteger.valueOf(cost.cents()));
        }
        if (total.signum() == 0 || amount.isNegative()) {
            return Map.of();
        }
        BigInteger target = BigInteger.valueOf(amount.cents());
        Map<CostCategory, Long> floor = new EnumMap<>(CostCategory.class);
        Map<CostCategory, BigInteger> remainder = new EnumMap<>(CostCategory.class);
        long assigned = 0;
        for (CostCategory category : CostCategory.values()) {
            BigInteger cost = BigInteger.valueOf(costs.getOrDefault(category, Money.ZERO).cents());
            BigInteger[] qr = target.multiply(cost).divideAndRemainder(total);
            floor.put(category, qr[0].longValueExact());
            remainder.put(category, qr[1]);
            assigned += qr[0].longValueExact();
        }
        long left = amount.cents() - assigned; // fewer than the categories with a remainder
        List<CostCategory> byRemainder = remainder.entrySet().stream()
                .sorted(Map.Entry.<CostCategory, BigInteger>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < left; i++) {
            floor.merge(byRemainder.get(i), 1L, Long::sum);
        }
        Map<CostCategory, Money> share = new EnumMap<>(CostCategory.class);
        floor.forEach((category, cents) -> share.put(category, Money.ofCents(cents)));
        return share;
    }
}
