package eu.csep.portal.calls.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** Step 4 as entered: direct costs by category, requested EU contribution, duration. Indirect costs are computed. */
public record BudgetStep(@PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal personnel,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal subcontracting,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal travel,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal equipment,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal otherCosts,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal euContribution,
        @Positive @Max(120) Integer durationMonths) {
}
