package eu.csep.portal.review.entity;

import java.math.BigDecimal;

/**
 * How a criterion is scored. HALF_POINTS: 0 to 5 in steps of 0.5 (EU research style); POINTS: whole points from 0 to
 * the criterion's maximum (a points grid, e.g. Relevance 30).
 */
public enum Scale {
    HALF_POINTS,
    POINTS;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    public static final BigDecimal FIVE = new BigDecimal("5");

    /** Whether {@code score} lies on this scale for a criterion worth {@code maxPoints}. */
    public boolean accepts(BigDecimal score, BigDecimal maxPoints) {
        if (score == null || score.signum() < 0 || score.compareTo(max(maxPoints)) > 0) {
            return false;
        }
        BigDecimal step = this == HALF_POINTS ? HALF : BigDecimal.ONE;
        return score.remainder(step).signum() == 0;
    }

    /** The criterion's maximum on this scale: always 5 on the half-point scale. */
    public BigDecimal max(BigDecimal maxPoints) {
        return this == HALF_POINTS ? FIVE : maxPoints;
    }

    /** The spread between reviewers that makes a criterion divergent: 2 points, or 20 % of a points criterion. */
    public double divergentSpread(double maxPoints) {
        return this == HALF_POINTS ? 2.0 : maxPoints * 0.2;
    }
}
