package eu.csep.portal.budget.entity;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much of a cost report may be accepted per cost category. A grant's category budgets hold EU money (parts of
 * the commitment); a category's accepted costs may reach the costs whose EU share (co-financing rate x costs) is the
 * category's budget plus the call's flexibility (default 10 %, the EU's usual transfer between categories without
 * an amendment; 0 % is a strict cap). Money the grant has left unassigned belongs to no category: it must be moved
 * into one first. A grant without any category budget has no per-category cap; only the commitment caps it.
 *
 * @param budgets            each category's budget in EU money (every category present when {@code capped})
 * @param caps               each category's maximum accepted costs, empty when the grant has no category budget
 * @param flexibilityPercent the call's flexibility in percent of a category's budget
 */
public record CategoryCaps(Map<CostCategory, Money> budgets, Map<CostCategory, Money> caps,
        BigDecimal flexibilityPercent) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final BigDecimal DEFAULT_FLEXIBILITY_PERCENT = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No category budget: nothing capped per category. */
    public static final CategoryCaps NONE = new CategoryCaps(Map.of(), Map.of(), BigDecimal.ZERO);

    public CategoryCaps {
        budgets = Collections.unmodifiableMap(new EnumMap<>(budgets.isEmpty() ? new EnumMap<>(CostCategory.class)
                : budgets));
        caps = Collections.unmodifiableMap(caps.isEmpty() ? new EnumMap<>(CostCategory.class) : new EnumMap<>(caps));
    }

    /**
     * The caps from a grant's category budgets: per category floor(budget x (100 + flexibility) / rate), to the cent,
     * so that rate x cap never exceeds budget x (1 + flexibility).
     */
    public static CategoryCaps of(Map<CostCategory, Money> budgets, BigDecimal cofinancingRatePercent,
            BigDecimal flexibilityPercent) {
        if (budgets.values().stream().noneMatch(Money::isPositive)) {
            return NONE;
        }
        BigDecimal factor = HUNDRED.add(flexibilityPercent);
        Map<CostCategory, Money> caps = new EnumMap<>(CostCategory.class);
        Map<CostCategory, Money> all = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            Money budget = budgets.getOrDefault(category, Money.ZERO);
            all.put(category, budget);
            caps.put(category, Money.ofCents(BigDecimal.valueOf(budget.cents()).multiply(factor)
                    .divide(cofinancingRatePercent, 0, RoundingMode.DOWN).longValueExact()));
        }
        return new CategoryCaps(all, caps, flexibilityPercent);
    }

    public boolean capped() {
        return !caps.isEmpty();
    }

    /** The most that may be accepted in the category; empty when the grant has no category budget. */
    public Optional<Money> cap(CostCategory category) {
        return Optional.ofNullable(caps.get(category));
    }

    public Money budget(CostCategory category) {
        return budgets.getOrDefault(category, Money.ZERO);
    }
}
