package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivergenceTest {

    @Test
    void aSpreadOfTwoPointsOnTheHalfPointScaleDiverges() {
        Divergence.Result r = Divergence.of(Rubrics.eu(), List.of(new double[] {3, 4, 4}, new double[] {5, 4, 4.5}));
        assertTrue(r.divergent());
        assertEquals(List.of("Excellence: spread 2"), r.reasons());
    }

    @Test
    void oneAndAHalfPointsApartOnTheSameSideOfTheThresholdDoesNot() {
        assertFalse(Divergence.of(Rubrics.eu(), List.of(new double[] {3, 4, 4}, new double[] {4.5, 4, 4})).divergent());
    }

    @Test
    void reviewersOnBothSidesOfAThresholdDivergeEvenWhenClose() {
        Divergence.Result r = Divergence.of(Rubrics.eu(), List.of(new double[] {4, 2.5, 4}, new double[] {4, 3, 4}));
        assertEquals(List.of("Impact: both sides of threshold 3"), r.reasons());
    }

    @Test
    void onAPointsGridTwentyPercentOfTheCriterionsPointsDiverges() {
        Criteria grid = Rubrics.grid();
        assertTrue(Divergence.of(grid, List.of(new double[] {22, 25, 25, 8}, new double[] {28, 25, 25, 8})).divergent(),
                "6 of 30 points is 20 %");
        assertFalse(Divergence.of(grid, List.of(new double[] {22, 25, 25, 8}, new double[] {27, 25, 25, 9})).divergent(),
                "5 of 30 and 1 of 10 are below 20 %");
        assertEquals(List.of("Impact: spread 2"),
                Divergence.of(grid, List.of(new double[] {25, 25, 25, 8}, new double[] {25, 25, 25, 10})).reasons());
    }

    @Test
    void aSingleReportNeverDiverges() {
        assertFalse(Divergence.of(Rubrics.eu(), List.of(new double[] {0, 5, 0})).divergent());
    }
}
