package eu.csep.portal.budget.entity;

import eu.csep.portal.shared.boundary.Refusal;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A call's payment rules as percentages of a grant's commitment: pre-financing must lie within [min, max], and
 * pre-financing plus interim payments must stay at or below the ceiling until the final report is accepted.
 */
public record PaymentRules(BigDecimal prefinancingMinPercent, BigDecimal prefinancingMaxPercent,
        BigDecimal ceilingPercent) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The programme's defaults: 40-70 % pre-financing, 90 % ceiling before the final report. */
    public static final PaymentRules DEFAULT = new PaymentRules(BigDecimal.valueOf(40), BigDecimal.valueOf(70),
            BigDecimal.valueOf(90));

    public PaymentRules {
        percent("prefinancingMinPercent", prefinancingMinPercent);
        percent("prefinancingMaxPercent", prefinancingMaxPercent);
        percent("ceilingPercent", ceilingPercent);
        if (prefinancingMinPercent.compareTo(prefinancingMaxPercent) > 0) {
            throw Refusal.invalid("prefinancingMinPercent", "budget.rules.minAboveMax");
        }
        if (prefinancingMaxPercent.compareTo(ceilingPercent) > 0) {
            throw Refusal.invalid("prefinancingMaxPercent", "budget.rules.maxAboveCeiling");
        }
    }

    static void percent(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid(field, "budget.percent.invalid", value == null ? "" : value.toPlainString());
        }
    }
}
