package eu.csep.portal.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csep.portal.budget.control.BudgetTimeline.Month;
import eu.csep.portal.budget.control.BudgetTimeline.Movement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTimelineTest {

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    void cumulativeFiguresPerMonthWithGapsCarriedForward() {
        List<Month> months = BudgetTimeline.monthly(List.of(
                new Movement(at("2026-01-15T10:00:00Z"), 100_00, 0),
                new Movement(at("2026-01-31T23:30:00-02:00"), 0, 40_00), // 1 Feb 01:30 UTC
                new Movement(at("2026-04-02T08:00:00Z"), -20_00, 0)),
                YearMonth.of(2026, 5), 36);
        assertEquals(List.of(
                new Month(YearMonth.of(2026, 1), 100_00, 0),
                new Month(YearMonth.of(2026, 2), 100_00, 40_00),
                new Month(YearMonth.of(2026, 3), 100_00, 40_00),
                new Month(YearMonth.of(2026, 4), 80_00, 40_00),
                new Month(YearMonth.of(2026, 5), 80_00, 40_00)), months);
    }

    @Test
    void onlyTheLatestMonthsAndNothingWithoutEntries() {
        List<Month> months = BudgetTimeline.monthly(List.of(new Movement(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0,
                ZoneOffset.UTC), 1, 1)), YearMonth.of(2026, 12), 12);
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 1), months.get(0).month());
        assertEquals(new Month(YearMonth.of(2026, 12), 1, 1), months.get(11));
        assertEquals(List.of(), BudgetTimeline.monthly(List.of(), YearMonth.of(2026, 12), 12));
    }
}
