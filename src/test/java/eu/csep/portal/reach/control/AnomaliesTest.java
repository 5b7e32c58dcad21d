package eu.csep.portal.reach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.Provenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnomaliesTest {

    static ReportRow row(int line, Platform p, String metric, long value, int day) {
        LocalDate d = LocalDate.of(2026, 11, day);
        return new ReportRow(line, p, metric, d, d, BigDecimal.valueOf(value), Provenance.PLATFORM);
    }

    @Test
    void aValueTenTimesTheRunningMedianIsFlagged() {
        Map<String, List<BigDecimal>> history = Map.of("impressions",
                List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(120), BigDecimal.valueOf(90)));
        Map<Integer, Set<String>> flags = Anomalies.flags(List.of(row(1, Platform.X, "impressions", 1000, 1),
                row(2, Platform.X, "clicks", 3, 1), row(3, Platform.X, "impressions", 1201, 2),
                row(4, Platform.X, "clicks", 3, 2)), history);
        assertEquals(Map.of(3, Set.of(Anomalies.SPIKE)), flags, "1,000 is within 10x the median, 1,201 is not");
    }

    @Test
    void aMonthlyFigureIsComparedPerDay() {
        Map<String, List<BigDecimal>> history = Map.of("clicks",
                List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
        ReportRow month = new ReportRow(1, Platform.X, "clicks", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                BigDecimal.valueOf(3000), Provenance.PLATFORM);
        assertTrue(Anomalies.flags(List.of(month), history).isEmpty(), "100 a day against a median of 10 a day");
    }

    @Test
    void impressionsWithoutEngagementAndReachWithoutAudienceAreFlagged() {
        Map<Integer, Set<String>> flags = Anomalies.flags(List.of(row(1, Platform.X, "impressions", 500, 1),
                row(2, Platform.X, "clicks", 0, 1), row(3, Platform.X, "unique_reach", 300, 1),
                row(4, Platform.YOUTUBE, "impressions", 500, 1), row(5, Platform.YOUTUBE, "shares", 1, 1),
                row(6, Platform.YOUTUBE, "unique_reach", 300, 1),
                row(7, Platform.YOUTUBE, "target_audience_reach", 100, 1)), Map.of());
        assertEquals(Map.of(1, Set.of(Anomalies.NO_ENGAGEMENT), 3, Set.of(Anomalies.AUDIENCE_MISSING)), flags);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(0, new BigDecimal("2.5").compareTo(Anomalies.median(List.of(BigDecimal.ONE,
                BigDecimal.valueOf(4), BigDecimal.valueOf(2), BigDecimal.valueOf(3)))));
    }
}
