package eu.csep.portal.hashmatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.boundary.Refusal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants of referrals and TCO removal orders: outcome dates and the one-hour deadline. */
class ReferralRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 20, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aReferralOutcomeIsNeverBeforeTheReferralNorInTheFuture() {
        Referral r = new Referral("https://example.org/x", "YouTube", LocalDate.of(2026, 3, 10), "glorification",
                Set.of(2L, 1L), "a", NOW);
        Refusal before = assertThrows(Refusal.class,
                () -> r.recordOutcome(Outcome.REMOVED, LocalDate.of(2026, 3, 9), NOW.toLocalDate()));
        assertEquals("outcomeOn", before.field());
        assertEquals("hashmatch.referral.outcomeBeforeReferral", before.messageKey());
        assertNull(r.getOutcome(), "nothing changed");
        assertEquals("outcomeOn", assertThrows(Refusal.class,
                () -> r.recordOutcome(Outcome.REMOVED, LocalDate.of(2026, 3, 21), NOW.toLocalDate())).field());
        assertEquals("outcome", assertThrows(Refusal.class,
                () -> r.recordOutcome(null, LocalDate.of(2026, 3, 12), NOW.toLocalDate())).field());
        r.recordOutcome(Outcome.REMOVED, LocalDate.of(2026, 3, 10), NOW.toLocalDate());
        assertEquals(Outcome.REMOVED, r.getOutcome());
        assertEquals(java.util.List.of(1L, 2L), r.getEntryIds());
    }

    @Test
    void aRemovalOrderHasAOneHourDeadlineFromReceipt() {
        OffsetDateTime received = OffsetDateTime.of(2026, 3, 20, 12, 30, 0, 0, ZoneOffset.ofHours(1));
        RemovalOrder o = new RemovalOrder("https://example.org/x", "YouTube", "Europol EU IRU", received, "a", NOW);
        assertEquals(OffsetDateTime.of(2026, 3, 20, 12, 30, 0, 0, ZoneOffset.UTC), o.getDeadlineAt(), "kept in UTC");
        assertFalse(o.isOverdue(NOW.plusMinutes(30)), "exactly at the deadline is in time");
        assertTrue(o.isOverdue(NOW.plusMinutes(30).plusSeconds(1)));

        assertEquals("outcomeAt", assertThrows(Refusal.class,
                () -> o.recordOutcome(Outcome.REMOVED, NOW.minusMinutes(31), NOW.plusHours(2))).field(),
                "not before receipt");
        o.recordOutcome(Outcome.REMOVED, NOW.plusMinutes(20), NOW.plusHours(2));
        assertFalse(o.isOverdue(NOW.plusHours(5)), "removed within the hour stays in time");
        o.recordOutcome(Outcome.REMOVED, NOW.plusMinutes(45), NOW.plusHours(2));
        assertTrue(o.isOverdue(NOW.plusHours(5)), "removed late is overdue");
    }
}
