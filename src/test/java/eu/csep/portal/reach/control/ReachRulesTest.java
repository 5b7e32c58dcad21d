package eu.csep.portal.reach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.reach.entity.MetricKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReachRulesTest {

    static final Map<String, MetricKind> KINDS = Map.of("impressions", MetricKind.COUNT, "unique_reach",
            MetricKind.COUNT, "target_audience_reach", MetricKind.COUNT, "clicks", MetricKind.COUNT, "video_views",
            MetricKind.COUNT, "watch_time", MetricKind.SECONDS, "ctr", MetricKind.DERIVED,
            "constructive_comment_ratio", MetricKind.RATIO, "survey_attitude_shift", MetricKind.POINTS);
    static final LocalDate NOV1 = LocalDate.of(2026, 11, 1);
    static final ReachRules.Frame NOVEMBER = new ReachRules.Frame(NOV1, LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

    static RowInput row(int line, String platform, String metric, String value) {
        return new RowInput(line, "2026-11-01", "2026-11-30", platform, metric, value, "platform");
    }

    static Map<Integer, String> errors(List<RowInput> rows, List<StoredRow> stored) {
        return ReachRules.check(rows, KINDS, NOVEMBER, stored).errors().stream()
                .collect(Collectors.toMap(RowError::line, RowError::messageKey, (a, b) -> a + "," + b));
    }

    @Test
    void aGoodReportPassesAndIsTyped() {
        ReachRules.Checked checked = ReachRules.check(List.of(row(1, "YouTube", "impressions", "1000"),
                row(2, "youtube", "unique_reach", "800"), row(3, "search ads", "clicks", "12"),
                row(4, "TikTok", "constructive_comment_ratio", "0.75"), row(5, "TikTok", "survey_attitude_shift", "-3.5")),
                KINDS, NOVEMBER, List.of());
        assertTrue(checked.valid(), checked.errors().toString());
        assertEquals(5, checked.rows().size());
        assertEquals("SEARCH_ADS", checked.rows().get(2).platform().name());
    }

    @Test
    void everyBadRowIsListedWithItsReason() {
        Map<Integer, String> e = errors(List.of(row(1, "MySpace", "impressions", "10"),
                row(2, "YouTube", "ctr", "0.1"), row(3, "YouTube", "impressions", "-1"),
                row(4, "YouTube", "clicks", "1.5"), row(5, "YouTube", "constructive_comment_ratio", "1.2"),
                row(6, "YouTube", "survey_attitude_shift", "101"), row(7, "YouTube", "shoe_size", "3"),
                row(8, "YouTube", "video_views", "abc"),
                new RowInput(9, "2026-10-31", "2026-11-02", "X", "impressions", "5", "platform"),
                new RowInput(10, "2026-11-05", "2026-11-02", "X", "clicks", "5", "platform"),
                new RowInput(11, "2026-11-05", "2026-11-06", "X", "video_views", "5", "hearsay"),
                new RowInput(12, "2026-13-01", "2026-11-06", "X", "unique_reach", "5", "platform")), List.of());
        assertEquals("reach.row.platform", e.get(1));
        assertEquals("reach.row.derived", e.get(2));
        assertEquals("reach.row.count", e.get(3));
        assertEquals("reach.row.count", e.get(4));
        assertEquals("reach.row.ratio", e.get(5));
        assertEquals("reach.row.points", e.get(6));
        assertEquals("reach.row.metric", e.get(7));
        assertEquals("reach.row.number", e.get(8));
        assertEquals("reach.row.outsidePeriod", e.get(9));
        assertEquals("reach.row.dateOrder", e.get(10));
        assertEquals("reach.row.provenance", e.get(11));
        assertEquals("reach.row.date", e.get(12));
        assertEquals(12, e.size());
    }

    @Test
    void metricsOfOnePlatformAndPeriodMustFitTogether() {
        Map<Integer, String> e = errors(List.of(row(1, "X", "impressions", "100"), row(2, "X", "unique_reach", "101"),
                row(3, "X", "target_audience_reach", "102"), row(4, "X", "clicks", "101"),
                row(5, "X", "video_views", "1"), row(6, "X", "watch_time", "10801"),
                row(7, "YouTube", "impressions", "100"), row(8, "YouTube", "unique_reach", "100"),
                row(9, "YouTube", "clicks", "100"), row(10, "YouTube", "video_views", "2"),
                row(11, "YouTube", "watch_time", "21600")), List.of());
        assertEquals(Map.of(2, "reach.row.reachAboveImpressions", 3, "reach.row.audienceAboveReach",
                4, "reach.row.ctr", 6, "reach.row.watchTime"), e);
    }

    @Test
    void overlappingPeriodsOfOnePlatformAndMetricAreRefusedUnlessStoredOnesAreCorrected() {
        List<RowInput> rows = new ArrayList<>(List.of(
                new RowInput(1, "2026-11-01", "2026-11-10", "X", "impressions", "5", "platform"),
                new RowInput(2, "2026-11-10", "2026-11-20", "X", "impressions", "5", "platform"),
                new RowInput(3, "2026-11-11", "2026-11-20", "X", "clicks", "5", "platform"),
                new RowInput(4, "2026-11-21", "2026-11-30", "X", "clicks", "5", "platform")));
        assertEquals(Map.of(2, "reach.row.overlap"), errors(rows, List.of()));
        rows.remove(1);
        List<StoredRow> stored = List.of(new StoredRow(7, 1, "X", "clicks", LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 25)), new StoredRow(7, 1, "X", "impressions", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)));
        assertEquals(Map.of(4, "reach.row.overlapStored"), errors(rows, stored));
    }

    @Test
    void thePeriodMustLieInsideTheGrant() {
        ReachRules.Frame early = new ReachRules.Frame(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertEquals("reach.period.outsideGrant", ReachRules.check(List.of(row(1, "X", "clicks", "1")), KINDS, early,
                List.of()).errors().get(0).messageKey());
        assertEquals("reach.rows.empty", ReachRules.check(List.of(), KINDS, NOVEMBER, List.of()).errors().get(0)
                .messageKey());
    }
}
