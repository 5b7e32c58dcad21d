package eu.csep.portal.review.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's scores in one place: per proposal the raw mean of the submitted reports, the calibrated mean beside it,
 * divergence, and the scores the ranking uses (the consensus when written, otherwise the raw mean, or the calibrated
 * mean when calibration is switched on for the call); per reviewer the calibration estimate and how many shared
 * proposals it rests on. Raw scores are never replaced: both are kept side by side.
 */
public final class Scoreboard {

    public enum Basis { CONSENSUS, RAW_MEAN, CALIBRATED_MEAN, NONE }

    public record Reviewed(long reviewerId, double[] raw) {
    }

    public record Entry(long proposalId, String reference, BigDecimal requested, List<Reviewed> reviews,
            double[] consensus) {
    }

    public record Line(Entry entry, double[] rawMean, double[] calibratedMean, List<double[]> calibrated,
            Divergence.Result divergence, double[] used, Basis basis) {

        public boolean needsConsensus() {
            return divergence.divergent() && entry.consensus() == null;
        }
    }

    public record Estimate(long reviewerId, double[] offsets, int shared, boolean applied) {
    }

    public record Board(List<Line> lines, List<Estimate> estimates, boolean calibrated) {

        /** The ranking of every proposal with scores (those without any submitted report are left out). */
        public Ranking.Result rank(Criteria criteria, int[] tieBreak, BigDecimal envelope) {
            List<Ranking.Candidate> candidates = new ArrayList<>(lines.size());
            for (Line l : lines) {
                if (l.basis() != Basis.NONE) {
                    candidates.add(new Ranking.Candidate(l.entry().proposalId(), l.entry().reference(), l.used(),
                            l.entry().requested()));
                }
            }
            return Ranking.rank(criteria, candidates, tieBreak, envelope);
        }
    }

    private Scoreboard() {
    }

    public static Board build(Criteria criteria, List<Entry> entries, boolean calibrate) {
        int n = criteria.size();
        Map<Long, Integer> reviewerIndex = new HashMap<>();
        List<Long> reviewerIds = new ArrayList<>();
        List<Calibration.Review> reviews = new ArrayList<>();
        for (int p = 0; p < entries.size(); p++) {
            for (Reviewed r : entries.get(p).reviews()) {
                Integer index = reviewerIndex.get(r.reviewerId());
                if (index == null) {
                    index = reviewerIds.size();
                    reviewerIndex.put(r.reviewerId(), index);
                    reviewerIds.add(r.reviewerId());
                }
                reviews.add(new Calibration.Review(p, index, r.raw()));
            }
        }
        Calibration calibration = Calibration.estimate(n, entries.size(), reviewerIds.size(), reviews);
        List<Line> lines = new ArrayList<>(entries.size());
        int next = 0;
        for (Entry e : entries) {
            double[] raw = new double[n];
            double[] cal = new double[n];
            List<double[]> calibrated = new ArrayList<>(e.reviews().size());
            List<double[]> rawList = new ArrayList<>(e.reviews().size());
            for (Reviewed r : e.reviews()) {
                double[] c = calibration.calibrated(reviews.get(next++), criteria.max());
                calibrated.add(c);
                rawList.add(r.raw());
                for (int i = 0; i < n; i++) {
                    raw[i] += r.raw()[i];
                    cal[i] += c[i];
                }
            }
            int count = e.reviews().size();
            for (int i = 0; i < n && count > 0; i++) {
                raw[i] /= count;
                cal[i] /= count;
            }
            Basis basis = e.consensus() != null ? Basis.CONSENSUS
                    : count == 0 ? Basis.NONE : calibrate ? Basis.CALIBRATED_MEAN : Basis.RAW_MEAN;
            double[] used = switch (basis) {
                case CONSENSUS -> e.consensus();
                case CALIBRATED_MEAN -> cal;
                default -> raw;
            };
            lines.add(new Line(e, count == 0 ? null : raw, count == 0 ? null : cal, calibrated,
                    Divergence.of(criteria, rawList), used, basis));
        }
        List<Estimate> estimates = new ArrayList<>(reviewerIds.size());
        for (int r = 0; r < reviewerIds.size(); r++) {
            double[] offsets = new double[n];
            for (int c = 0; c < n; c++) {
                offsets[c] = calibration.estimatedOffset(r, c);
            }
            estimates.add(new Estimate(reviewerIds.get(r), offsets, calibration.shared(r),
                    calibration.shared(r) >= Calibration.MIN_SHARED));
        }
        return new Board(List.copyOf(lines), List.copyOf(estimates), calibrate);
    }
}
