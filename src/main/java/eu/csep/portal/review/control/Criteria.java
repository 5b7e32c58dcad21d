package eu.csep.portal.review.control;

import eu.csep.portal.review.entity.Scale;
import java.util.List;

/**
 * A rubric as the plain controls see it: the scale, each criterion's maximum, threshold and weight, and the overall
 * threshold on the weighted total. Doubles are fine here: scores are not money and the controls only compare them.
 */
public record Criteria(Scale scale, List<String> names, double[] max, double[] threshold, double[] weight,
        double overallThreshold) {

    public int size() {
        return max.length;
    }

    /** The weighted total of one score per criterion. */
    public double total(double[] scores) {
        double total = 0;
        for (int c = 0; c < scores.length; c++) {
            total += weight[c] * scores[c];
        }
        return total;
    }

    /** Names of the criteria whose score is under its threshold, and "overall" when the total is under its own. */
    public List<String> failures(double[] scores) {
        java.util.ArrayList<String> failed = new java.util.ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] < threshold[c] - 1e-9) {
                failed.add(names.get(c));
            }
        }
        if (total(scores) < overallThreshold - 1e-9) {
            failed.add("overall");
        }
        return failed;
    }
}
