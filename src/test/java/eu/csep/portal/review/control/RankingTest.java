package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Ranking.Candidate candidate(long id, String requested, double... scores) {
        return new Ranking.Candidate(id, "CSEP-2026-01-" + id, scores, new BigDecimal(requested));
    }

    private static final int[] IMPACT_THEN_EXCELLENCE = {1, 0};

    @Test
    void thresholdFailuresAreListedApartAndTheRestSortedByTotal() {
        Ranking.Result r = Ranking.rank(Rubrics.eu(), List.of(candidate(1, "100", 4, 4, 4), candidate(2, "100", 5, 5, 2.5),
                candidate(3, "100", 3, 3, 3.5), candidate(4, "100", 5, 4.5, 4)), IMPACT_THEN_EXCELLENCE, new BigDecimal("1000"));
        assertEquals(List.of(4L, 1L), r.ranked().stream().map(x -> x.candidate().proposalId()).toList());
        assertEquals(List.of("Implementation"), r.failed().get(0).failures(), "12.5 total but Implementation 2.5 < 3");
        assertEquals(List.of("overall"), r.failed().get(1).failures(), "9.5 < 10");
    }

    @Test
    void tiesAreBrokenByTheCascadeThenByTheEarlierProposal() {
        Ranking.Result r = Ranking.rank(Rubrics.eu(), List.of(candidate(7, "1", 4, 4, 4), candidate(5, "1", 3.5, 4.5, 4),
                candidate(6, "1", 4.5, 4, 3.5), candidate(3, "1", 4, 4, 4)), IMPACT_THEN_EXCELLENCE, BigDecimal.TEN);
        assertEquals(List.of(5L, 6L, 3L, 7L), r.ranked().stream().map(x -> x.candidate().proposalId()).toList(),
                "Impact 4.5 first; then Excellence 4.5; full tie: the earlier proposal");
        assertEquals(List.of(1, 2, 3, 4), r.ranked().stream().map(Ranking.Ranked::rank).toList());
    }

    @Test
    void theBudgetLineFallsWhereTheCumulativeRequestFirstExceedsTheEnvelope() {
        List<Ranking.Candidate> c = List.of(candidate(1, "481500.00", 5, 5, 5), candidate(2, "400000.00", 4.5, 4.5, 4.5),
                candidate(3, "300000.00", 4, 4, 4), candidate(4, "50000.00", 3.5, 3.5, 3.5));
        Ranking.Result r = Ranking.rank(Rubrics.eu(), c, new int[0], new BigDecimal("1000000.00"));
        assertEquals(List.of(true, true, false, false), r.ranked().stream().map(Ranking.Ranked::withinBudget).toList(),
                "a smaller proposal below the line stays on the reserve list");
        assertEquals(new BigDecimal("881500.00"), r.withinBudget());
        assertEquals(new BigDecimal("1231500.00"), r.ranked().get(3).cumulative());
        assertEquals(2, r.fundable());

        Ranking.Result whatIf = Ranking.rank(Rubrics.eu(), c, new int[0], new BigDecimal("881500.00"));
        assertEquals(2, whatIf.fundable(), "exactly the envelope still fits");
        assertEquals(0, Ranking.rank(Rubrics.eu(), c, new int[0], BigDecimal.ZERO).fundable());
        assertTrue(Ranking.rank(Rubrics.eu(), c, new int[0], new BigDecimal("5000000")).ranked().stream()
                .allMatch(Ranking.Ranked::withinBudget));
    }

    @Test
    void aPointsGridUsesItsTotalsAndItsOwnThresholds() {
        Ranking.Result r = Ranking.rank(Rubrics.grid(), List.of(candidate(1, "1", 21, 21, 21, 7),
                candidate(2, "1", 30, 30, 20, 10), candidate(3, "1", 22, 22, 22, 7)), new int[0], BigDecimal.TEN);
        assertEquals(List.of(3L, 1L), r.ranked().stream().map(x -> x.candidate().proposalId()).toList(),
                "exactly every minimum (70 of 100) passes");
        assertEquals(List.of("Team"), r.failed().get(0).failures(), "90 points but Team 20 < 21");
        assertFalse(r.ranked().isEmpty());
    }
}
