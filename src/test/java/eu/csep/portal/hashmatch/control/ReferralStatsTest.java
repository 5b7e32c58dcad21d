package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.hashmatch.control.ReferralStats.Fact;
import eu.csep.portal.hashmatch.control.ReferralStats.Row;
import eu.csep.portal.hashmatch.entity.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralStatsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 2);

    @Test
    void countsAndRatesPerPlatformAndMonth() {
        List<Row> rows = ReferralStats.perPlatformAndMonth(List.of(
                new Fact("YouTube", MARCH, Outcome.REMOVED),
                new Fact("YouTube", MARCH, Outcome.REMOVED),
                new Fact("YouTube", MARCH, Outcome.NOT_REMOVED),
                new Fact("YouTube", APRIL, null),
                new Fact("Telegram", MARCH, Outcome.UNKNOWN)));
        assertEquals(3, rows.size());
        assertEquals(new Row("Telegram", YearMonth.of(2026, 3), 1, 0, 0, 1, 0), rows.get(0));
        Row march = rows.get(1);
        assertEquals(new Row("YouTube", YearMonth.of(2026, 3), 3, 2, 1, 0, 0), march);
        assertEquals(new BigDecimal("66.7"), march.removalRate(), "2 of 3, rounded half up to one decimal");
        assertEquals(new Row("YouTube", YearMonth.of(2026, 4), 1, 0, 0, 0, 1), rows.get(2));
        assertEquals(new BigDecimal("0.0"), rows.get(2).removalRate());

        List<Row> total = ReferralStats.perPlatform(List.of(new Fact("YouTube", MARCH, Outcome.REMOVED),
                new Fact("YouTube", APRIL, Outcome.NOT_REMOVED)));
        assertEquals(List.of(new Row("YouTube", null, 2, 1, 1, 0, 0)), total);
        assertEquals(new BigDecimal("50.0"), total.get(0).removalRate());
    }

    @Test
    void theSeedFigureAndNothingReferred() {
        assertEquals(new BigDecimal("84.0"), ReferralStats.rate(64_680, 77_000));
        assertNull(ReferralStats.rate(0, 0));
        assertTrue(ReferralStats.perPlatformAndMonth(List.of()).isEmpty());
    }

    @Test
    void overdueOnlyWithoutOutcomeAndStrictlyAfterTheConfiguredDays() {
        LocalDate referred = LocalDate.of(2026, 3, 1);
        assertFalse(ReferralStats.overdue(referred, null, LocalDate.of(2026, 3, 15), 14), "day 14 is still in time");
        assertTrue(ReferralStats.overdue(referred, null, LocalDate.of(2026, 3, 16), 14));
        assertFalse(ReferralStats.overdue(referred, Outcome.UNKNOWN, LocalDate.of(2026, 6, 1), 14), "an outcome ends it");
        assertTrue(ReferralStats.overdue(referred, null, LocalDate.of(2026, 3, 2), 0));
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHost() {
        assertTrue(ReferralStats.validUrl("https://www.youtube.com/watch?v=abc"));
        assertTrue(ReferralStats.validUrl("http://t.me/channel/123"));
        assertFalse(ReferralStats.validUrl("javascript:alert(1)"));
        assertFalse(ReferralStats.validUrl("ftp://example.org/x"));
        assertFalse(ReferralStats.validUrl("not a url"));
        assertFalse(ReferralStats.validUrl("https://localhost/x"));
        assertFalse(ReferralStats.validUrl("https:///path"));
        assertFalse(ReferralStats.validUrl(null));
        assertFalse(ReferralStats.validUrl("https://example.org/" + "a".repeat(2000)));
    }
}
