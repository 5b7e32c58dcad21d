package eu.csep.portal.reach.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReachDashboardsTest {

    @Test
    void aReportIsOverdueWhenTheLastClosedMonthIsNotCovered() {
        LocalDate october = LocalDate.of(2026, 10, 1);
        assertFalse(ReachDashboards.overdue(null, null), "no month has closed yet");
        assertTrue(ReachDashboards.overdue(october, null), "never reported");
        assertTrue(ReachDashboards.overdue(october, LocalDate.of(2026, 10, 30)), "one day short");
        assertFalse(ReachDashboards.overdue(october, LocalDate.of(2026, 10, 31)));
    }
}
