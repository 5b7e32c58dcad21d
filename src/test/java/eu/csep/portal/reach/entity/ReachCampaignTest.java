package eu.csep.portal.reach.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachCampaignTest {

    static ReachCampaign campaign(LocalDate committed, int months) {
        return new ReachCampaign("CSEP-2026-01-0007", 1, "CSEP-2026-01", "t", "BE, FR", committed, months,
                List.of(new CampaignTarget(Platform.X, "impressions", 10)), OffsetDateTime.now());
    }

    @Test
    void aCampaignRunsFromTheMonthOfItsCommitmentForTheProposalsDuration() {
        ReachCampaign c = campaign(LocalDate.of(2026, 3, 17), 24);
        assertEquals(LocalDate.of(2026, 3, 1), c.getStartsOn());
        assertEquals(LocalDate.of(2028, 2, 29), c.getEndsOn());
        assertEquals(List.of("BE", "FR"), c.countryList());
        assertThrows(IllegalArgumentException.class, () -> campaign(LocalDate.of(2026, 3, 17), 0));
        assertThrows(IllegalArgumentException.class, () -> new CampaignTarget(Platform.X, "clicks", -1));
    }

    @Test
    void theLastClosedMonthIsTheOneAReportIsDueFor() {
        ReachCampaign c = campaign(LocalDate.of(2026, 3, 17), 12);
        assertNull(c.lastClosedMonth(LocalDate.of(2026, 3, 31)), "nothing has closed in the first month");
        assertEquals(LocalDate.of(2026, 3, 1), c.lastClosedMonth(LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 10, 1), c.lastClosedMonth(LocalDate.of(2026, 11, 28)));
        assertEquals(LocalDate.of(2027, 2, 1), c.lastClosedMonth(LocalDate.of(2029, 1, 1)), "capped at the last month");
    }
}
