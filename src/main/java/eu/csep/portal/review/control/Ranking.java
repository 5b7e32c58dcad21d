package eu.csep.portal.review.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranked list of a call: proposals failing any threshold are listed apart; the others are sorted by weighted
 * total, ties broken by a cascade of criteria (higher score first) and finally by the earlier proposal. The budget
 * line falls where the cumulative requested EU contribution first exceeds the envelope: proposals above it fit the
 * budget, the rest form the reserve list. Pure: the same input with another envelope is the what-if view.
 */
public final class Ranking {

    public record Candidate(long proposalId, String reference, double[] scores, BigDecimal requested) {
    }

    public record Ranked(int rank, Candidate candidate, double total, BigDecimal cumulative, boolean withinBudget) {
    }

    public record Failed(Candidate candidate, double total, List<String> failures) {
    }

    public record Result(List<Ranked> ranked, List<Failed> failed, BigDecimal envelope, BigDecimal withinBudget) {

        public long fundable() {
            return ranked.stream().filter(Ranked::withinBudget).count();
        }
    }

    private Ranking() {
    }

    /** {@code tieBreak}: criterion indexes in the order they break ties. */
    public static Result rank(Criteria criteria, List<Candidate> candidates, int[] tieBreak, BigDecimal envelope) {
        record Scored(Candidate candidate, double total) {
        }
        List<Scored> passing = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (Candidate c : candidates) {
            double total = criteria.total(c.scores());
            List<String> failures = criteria.failures(c.scores());
            if (failures.isEmpty()) {
                passing.add(new Scored(c, total));
            } else {
                failed.add(new Failed(c, total, failures));
            }
        }
        Comparator<Scored> order = Comparator.comparingDouble((Scored s) -> -s.total());
        for (int criterion : tieBreak) {
            order = order.thenComparingDouble(s -> -s.candidate().scores()[criterion]);
        }
        order = order.thenComparingLong(s -> s.candidate().proposalId());
        passing.sort(order);
        failed.sort(Comparator.comparingDouble((Failed f) -> -f.total()).thenComparingLong(f -> f.candidate().proposalId()));

        List<Ranked> ranked = new ArrayList<>(passing.size());
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal within = BigDecimal.ZERO;
        boolean lineDrawn = false;
        for (int i = 0; i < passing.size(); i++) {
            Scored s = passing.get(i);
            BigDecimal requested = s.candidate().requested() == null ? BigDecimal.ZERO : s.candidate().requested();
            cumulative = cumulative.add(requested);
            lineDrawn = lineDrawn || cumulative.compareTo(envelope) > 0;
            if (!lineDrawn) {
                within = cumulative;
            }
            ranked.add(new Ranked(i + 1, s.candidate(), s.total(), cumulative, !lineDrawn));
        }
        return new Result(List.copyOf(ranked), List.copyOf(failed), envelope, within);
    }
}
