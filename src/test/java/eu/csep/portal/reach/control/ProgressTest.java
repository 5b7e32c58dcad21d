package eu.csep.portal.reach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    static MonthlyFigure f(String platform, String metric, int month, long amount) {
        return new MonthlyFigure("C", platform, metric, LocalDate.of(2026, month, 1), BigDecimal.valueOf(amount), 1, 0);
    }

    @Test
    void kpisAgainstTargetsWithPaceTrafficLightAndTrend() {
        // mid-year: half the duration has passed, so half the target is on pace
        LocalDate today = LocalDate.of(2026, 7, 1);
        Progress.View v = Progress.compute(List.of(new Progress.Target("X", "impressions", 1000),
                new Progress.Target("X", "clicks", 100), new Progress.Target("X", "engagements", 100)),
                List.of(f("X", "impressions", 5, 200), f("X", "impressions", 6, 300), f("X", "clicks", 5, 20),
                        f("X", "clicks", 6, 15), f("X", "shares", 6, 10)),
                new BigDecimal("500.00"), START, END, today, "impressions");
        Progress.Kpi impressions = v.kpis().get(0);
        assertEquals(new BigDecimal("50.0"), impressions.percent());
        assertEquals(Progress.Light.GREEN, impressions.light());
        assertEquals(Progress.Trend.UP, impressions.trend());
        Progress.Kpi clicks = v.kpis().get(1);
        assertEquals(new BigDecimal("35.0"), clicks.percent());
        assertEquals(Progress.Light.AMBER, clicks.light());
        assertEquals(Progress.Trend.DOWN, clicks.trend());
        assertEquals(new BigDecimal("45.0"), v.kpis().get(2).percent(), "engagements = clicks + shares");
        assertEquals(new BigDecimal("0.0700"), v.derived().ctr(), "35 clicks / 500 impressions, computed");
        assertEquals(new BigDecimal("1000.00"), v.derived().costPer1000Impressions());
        assertNull(v.derived().costPer1000Reached(), "no reach reported");
        assertNull(v.derived().averageWatchTime(), "no watch time reported: nothing to compute, not zero");
        assertEquals(Map.of(LocalDate.of(2026, 5, 1), BigDecimal.valueOf(200), LocalDate.of(2026, 6, 1),
                BigDecimal.valueOf(300)), v.series().get("X"));
    }

    @Test
    void farBehindThePaceIsRed() {
        assertEquals(Progress.Light.RED, Progress.light(new BigDecimal("20"), new BigDecimal("50")));
        assertEquals(Progress.Light.GREEN, Progress.light(new BigDecimal("0"), new BigDecimal("0")));
        assertEquals(new BigDecimal("100.0"), Progress.expectedPercent(START, END, LocalDate.of(2027, 3, 1)));
        assertEquals(new BigDecimal("0.0"), Progress.expectedPercent(START, END, LocalDate.of(2025, 3, 1)));
    }
}
