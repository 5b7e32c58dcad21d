package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /** Reviewer 0 is one point harsher than reviewer 1 on every proposal they share. */
    private static final List<Calibration.Review> HARSH_AND_FAIR = List.of(
            new Calibration.Review(0, 0, new double[] {2}), new Calibration.Review(0, 1, new double[] {3}),
            new Calibration.Review(1, 0, new double[] {3}), new Calibration.Review(1, 1, new double[] {4}),
            new Calibration.Review(2, 0, new double[] {3.5}), new Calibration.Review(2, 1, new double[] {4.5}),
            new Calibration.Review(3, 1, new double[] {4}));

    @Test
    void theOffsetIsTheMeanDifferenceToTheCoReviewersOnSharedProposals() {
        Calibration c = Calibration.estimate(1, 4, 2, HARSH_AND_FAIR);
        assertEquals(-0.5, c.estimatedOffset(0, 0), 1e-9, "half a point below the middle of each shared proposal");
        assertEquals(0.5, c.estimatedOffset(1, 0), 1e-9);
        assertEquals(3, c.shared(0));
        assertEquals(3, c.shared(1), "proposal 3 has no co-reviewer: it does not count");
    }

    @Test
    void calibratedScoresMeetInTheMiddleAndStayOnTheScale() {
        Calibration c = Calibration.estimate(1, 4, 2, HARSH_AND_FAIR);
        assertArrayEquals(new double[] {2.5}, c.calibrated(HARSH_AND_FAIR.get(0), new double[] {5}), 1e-9);
        assertArrayEquals(new double[] {2.5}, c.calibrated(HARSH_AND_FAIR.get(1), new double[] {5}), 1e-9);
        assertArrayEquals(new double[] {3.5}, c.calibrated(HARSH_AND_FAIR.get(6), new double[] {5}), 1e-9,
                "a lenient reviewer's lone review is corrected too");
        Calibration.Review top = new Calibration.Review(2, 0, new double[] {4.5});
        Calibration lenient = Calibration.estimate(1, 3, 2, List.of(top, new Calibration.Review(2, 1, new double[] {4.5}),
                new Calibration.Review(0, 0, new double[] {5}), new Calibration.Review(0, 1, new double[] {2}),
                new Calibration.Review(1, 0, new double[] {5}), new Calibration.Review(1, 1, new double[] {2})));
        assertEquals(1.0, lenient.estimatedOffset(0, 0), 1e-9);
        assertEquals(0, lenient.calibrated(new Calibration.Review(0, 0, new double[] {0.5}), new double[] {5})[0], 1e-9,
                "never below 0");
        assertEquals(5, lenient.calibrated(new Calibration.Review(0, 1, new double[] {4.5}), new double[] {5})[0], 1e-9,
                "never above the maximum");
    }

    @Test
    void anEstimateOnFewerThanTwoSharedProposalsIsShownButNotApplied() {
        Calibration c = Calibration.estimate(1, 1, 2, List.of(new Calibration.Review(0, 0, new double[] {1}),
                new Calibration.Review(0, 1, new double[] {5})));
        assertEquals(-2, c.estimatedOffset(0, 0), 1e-9);
        assertEquals(0, c.appliedOffset(0, 0), 1e-9);
        assertArrayEquals(new double[] {1}, c.calibrated(new Calibration.Review(0, 0, new double[] {1}), new double[] {5}));
    }
}
