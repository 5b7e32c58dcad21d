package eu.csep.portal.review.control;

import java.util.List;

/**
 * How harsh or lenient each reviewer is, per criterion, relative to the others who scored the same proposals: an
 * additive offset, the mean of (own score - mean score of the proposal) over the proposals the reviewer shared with
 * at least one other reviewer (two reviewers one point apart are each half a point off the middle). A calibrated score is the raw score minus the offset, kept on the scale. An
 * estimate resting on fewer than {@link #MIN_SHARED} shared proposals is shown but not applied (offset 0).
 * Reviewers are dense indexes 0..n-1 so that 25,000 reviews take a few milliseconds.
 */
public final class Calibration {

    public static final int MIN_SHARED = 2;

    /** One submitted report: its proposal and reviewer indexes and one raw score per criterion. */
    public record Review(int proposal, int reviewer, double[] scores) {
    }

    private final double[][] offsetSum;
    private final int[] shared;

    private Calibration(double[][] offsetSum, int[] shared) {
        this.offsetSum = offsetSum;
        this.shared = shared;
    }

    public static Calibration estimate(int criteria, int proposals, int reviewers, List<Review> reviews) {
        double[][] sum = new double[proposals][criteria];
        int[] count = new int[proposals];
        for (Review r : reviews) {
            count[r.proposal()]++;
            for (int c = 0; c < criteria; c++) {
                sum[r.proposal()][c] += r.scores()[c];
            }
        }
        double[][] offsets = new double[reviewers][criteria];
        int[] shared = new int[reviewers];
        for (Review r : reviews) {
            int n = count[r.proposal()];
            if (n < 2) {
                continue;
            }
            shared[r.reviewer()]++;
            for (int c = 0; c < criteria; c++) {
                offsets[r.reviewer()][c] += r.scores()[c] - sum[r.proposal()][c] / n;
            }
        }
        return new Calibration(offsets, shared);
    }

    /** How many proposals the reviewer's estimate rests on (scored with at least one other reviewer). */
    public int shared(int reviewer) {
        return shared[reviewer];
    }

    /** The reviewer's estimated offset on a criterion: positive = lenient, negative = harsh. */
    public double estimatedOffset(int reviewer, int criterion) {
        return shared[reviewer] == 0 ? 0 : offsetSum[reviewer][criterion] / shared[reviewer];
    }

    /** The offset that calibration applies: the estimate, or 0 when it rests on too few shared proposals. */
    public double appliedOffset(int reviewer, int criterion) {
        return shared[reviewer] < MIN_SHARED ? 0 : estimatedOffset(reviewer, criterion);
    }

    /** Raw minus the applied offset, clamped to 0..max of each criterion. */
    public double[] calibrated(Review review, double[] max) {
        double[] out = new double[max.length];
        for (int c = 0; c < max.length; c++) {
            out[c] = Math.max(0, Math.min(max[c], review.scores()[c] - appliedOffset(review.reviewer(), c)));
        }
        return out;
    }
}
