package eu.csep.portal.reach.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the monthly aggregate: the sum of a metric's current figures on a platform in a month. */
public record MonthlyFigure(String campaign, String platform, String metric, LocalDate month, BigDecimal amount,
        long rows, long flagged) {
}
