package eu.csep.portal.review.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the individual reports on one proposal disagree enough to need a consensus report: per criterion, a spread
 * of 2 points or more on the 0-5 scale (20 % of the criterion's points on a points grid), or reviewers on both sides
 * of the criterion's threshold.
 */
public final class Divergence {

    /** One reason per divergent criterion, e.g. "Impact: spread 2.5" or "Impact: both sides of threshold 3". */
    public record Result(boolean divergent, List<String> reasons) {
    }

    private Divergence() {
    }

    /** {@code scores[reviewer][criterion]}; fewer than two reviewers never diverge. */
    public static Result of(Criteria criteria, List<double[]> scores) {
        List<String> reasons = new ArrayList<>();
        if (scores.size() < 2) {
            return new Result(false, reasons);
        }
        for (int c = 0; c < criteria.size(); c++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (double[] s : scores) {
                min = Math.min(min, s[c]);
                max = Math.max(max, s[c]);
            }
            String name = criteria.names().get(c);
            double spread = max - min;
            if (spread >= criteria.scale().divergentSpread(criteria.max()[c]) - 1e-9) {
                reasons.add(name + ": spread " + format(spread));
            } else if (min < criteria.threshold()[c] - 1e-9 && max >= criteria.threshold()[c] - 1e-9) {
                reasons.add(name + ": both sides of threshold " + format(criteria.threshold()[c]));
            }
        }
        return new Result(!reasons.isEmpty(), List.copyOf(reasons));
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
