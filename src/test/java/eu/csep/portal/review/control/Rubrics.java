package eu.csep.portal.review.control;

import eu.csep.portal.review.entity.Scale;
import java.util.List;

/** The two rubrics of the issue, as the controls see them. */
final class Rubrics {

    private Rubrics() {
    }

    /** Excellence / Impact / Implementation, 0-5 in half points, threshold 3 each and 10 overall. */
    static Criteria eu() {
        return new Criteria(Scale.HALF_POINTS, List.of("Excellence", "Impact", "Implementation"),
                new double[] {5, 5, 5}, new double[] {3, 3, 3}, new double[] {1, 1, 1}, 10);
    }

    /** Relevance 30 min 21, Quality of design 30 min 21, Team 30 min 21, Impact 10 min 7, overall 70 of 100. */
    static Criteria grid() {
        return new Criteria(Scale.POINTS, List.of("Relevance", "Quality of design", "Team", "Impact"),
                new double[] {30, 30, 30, 10}, new double[] {21, 21, 21, 7}, new double[] {1, 1, 1, 1}, 70);
    }
}
