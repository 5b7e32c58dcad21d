package eu.csep.portal.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.boundary.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static Criterion c(String name, int max, int threshold) {
        return new Criterion(name, null, BigDecimal.ONE, BigDecimal.valueOf(max), BigDecimal.valueOf(threshold));
    }

    private static List<CriterionScore> s(String... scores) {
        return java.util.Arrays.stream(scores).map(x -> new CriterionScore(new BigDecimal(x), "x".repeat(60))).toList();
    }

    @Test
    void theHalfPointScaleAcceptsOnlyHalfPointsFromZeroToFive() {
        assertTrue(Scale.HALF_POINTS.accepts(new BigDecimal("4.5"), null));
        assertTrue(Scale.HALF_POINTS.accepts(new BigDecimal("0"), null));
        assertFalse(Scale.HALF_POINTS.accepts(new BigDecimal("3.3"), null));
        assertFalse(Scale.HALF_POINTS.accepts(new BigDecimal("5.5"), null));
        assertFalse(Scale.HALF_POINTS.accepts(new BigDecimal("-0.5"), null));
        assertTrue(Scale.POINTS.accepts(new BigDecimal("21"), BigDecimal.valueOf(30)));
        assertFalse(Scale.POINTS.accepts(new BigDecimal("21.5"), BigDecimal.valueOf(30)));
        assertFalse(Scale.POINTS.accepts(new BigDecimal("31"), BigDecimal.valueOf(30)));
    }

    @Test
    void aPointsGridRubricIsDefinedAndCheckedAgainstItsTotal() {
        Evaluation e = new Evaluation(1, "CSEP-2026-01", "grid");
        e.defineRubric("grid", Scale.POINTS, List.of(c("Relevance", 30, 21), c("Quality of design", 30, 21),
                c("Team", 30, 21), c("Impact", 10, 7)), BigDecimal.valueOf(70));
        assertEquals(4, e.getCriteria().size());
        Refusal tooHigh = assertThrows(Refusal.class, () -> e.defineRubric("g", Scale.POINTS, List.of(c("A", 30, 21)),
                BigDecimal.valueOf(31)));
        assertEquals("review.rubric.overall", tooHigh.messageKey());
        assertThrows(Refusal.class, () -> e.defineRubric("g", Scale.POINTS, List.of(c("A", 30, 21), c("a", 30, 21)),
                BigDecimal.ONE), "names must differ");
    }

    @Test
    void aSubmittedReportFreezesTheRubricAndIsLocked() {
        Evaluation e = new Evaluation(1, "CSEP-2026-01", "eu");
        e.configure(3, 10, 30, null, "Impact, Excellence", false);
        Report r = new Report(1, 1, 2, 3, Instant.EPOCH);
        Refusal offScale = assertThrows(Refusal.class, () -> r.save(e, s("3.3", "4", "4"), Instant.EPOCH));
        assertEquals("scores[0].score", offScale.field());
        r.save(e, List.of(new CriterionScore(new BigDecimal("2.5"), "too short"), s("4").get(0), s("4").get(0)),
                Instant.EPOCH);
        Refusal shortComment = assertThrows(Refusal.class, () -> r.submit(e, Instant.EPOCH));
        assertEquals("review.comment.tooShort", shortComment.messageKey());
        r.save(e, s("2.5", "4", "4"), Instant.EPOCH);
        r.submit(e, Instant.EPOCH);
        e.freeze();
        assertEquals("review.report.locked", assertThrows(Refusal.class, () -> r.save(e, s("3", "3", "3"),
                Instant.EPOCH)).messageKey());
        assertEquals("review.rubric.frozen", assertThrows(Refusal.class, () -> e.defineRubric("x", Scale.HALF_POINTS,
                List.of(c("A", 5, 3)), BigDecimal.ONE)).messageKey());
        r.reopen(Instant.EPOCH);
        r.save(e, s("3", "3", "3"), Instant.EPOCH);
        assertEquals(1, r.getReopened());
        assertEquals(new int[] {1, 0}.length, e.tieBreakOrder().length);
        assertEquals(1, e.tieBreakOrder()[0]);
    }

    @Test
    void reviewsStopAtTheReviewDeadline() {
        Evaluation e = new Evaluation(1, "CSEP-2026-01", "eu");
        e.configure(3, 10, 30, java.time.OffsetDateTime.parse("2026-06-01T12:00:00Z"), null, false);
        assertTrue(e.acceptsReviewsAt(Instant.parse("2026-06-01T11:59:59Z")));
        assertFalse(e.acceptsReviewsAt(Instant.parse("2026-06-01T12:00:00Z")));
    }
}
