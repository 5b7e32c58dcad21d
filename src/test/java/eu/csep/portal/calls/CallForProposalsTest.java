package eu.csep.portal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallStatus;
import eu.csep.portal.calls.entity.CallTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallForProposalsTest {

    private static final OffsetDateTime OPENS = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(1));
    private static final OffsetDateTime DEADLINE = OffsetDateTime.of(2027, 3, 31, 17, 0, 0, 0, ZoneOffset.ofHours(2));

    static CallTerms terms(String min, String max, String budget, String rate, OffsetDateTime deadline) {
        return new CallTerms("Counter-narratives 2027", "Campaigns against online propaganda", OPENS, deadline,
                new BigDecimal(budget), new BigDecimal(min), new BigDecimal(max), new BigDecimal(rate), 3, 24, null);
    }

    @Test
    void aDraftIsPublishedThenClosedAndAcceptsSubmissionsOnlyWhileOpenBeforeTheDeadline() {
        CallForProposals call = new CallForProposals("CSEP-2027-01", terms("250000", "1000000", "4000000", "90", DEADLINE));
        assertEquals(CallStatus.DRAFT, call.getStatus());
        Instant beforeDeadline = DEADLINE.toInstant().minusSeconds(1);
        assertFalse(call.acceptsSubmissionsAt(beforeDeadline), "a draft accepts nothing");
        call.publish(OPENS.toInstant());
        assertTrue(call.acceptsSubmissionsAt(beforeDeadline), "one second before the deadline");
        assertFalse(call.acceptsSubmissionsAt(DEADLINE.toInstant()), "at the deadline itself it is over");
        assertFalse(call.acceptsSubmissionsAt(OPENS.toInstant().minusSeconds(1)), "not before the opening");
        assertThrows(IllegalStateException.class, () -> call.revise(terms("1", "2", "3", "50", DEADLINE)),
                "published terms do not change");
        call.close();
        assertFalse(call.acceptsSubmissionsAt(beforeDeadline));
        assertThrows(IllegalStateException.class, call::close);
    }

    @Test
    void deadlinesAreKeptInUtc() {
        CallForProposals call = new CallForProposals("CSEP-2027-02", terms("1", "2", "3", "90", DEADLINE));
        assertEquals(ZoneOffset.UTC, call.getDeadline().getOffset());
        assertEquals(DEADLINE.toInstant(), call.getDeadline().toInstant());
    }

    @Test
    void theFundingRulesAreCheckedTogether() {
        assertBroken("maxGrant", "call.grantRangeInverted", terms("1000001", "1000000", "4000000", "90", DEADLINE));
        assertBroken("maxGrant", "call.grantAboveBudget", terms("250000", "5000000", "4000000", "90", DEADLINE));
        assertBroken("maxCofinancingRate", "call.rate", terms("1", "2", "3", "100.01", DEADLINE));
        assertBroken("maxCofinancingRate", "call.rate", terms("1", "2", "3", "0", DEADLINE));
        assertBroken("deadline", "call.deadlineBeforeOpening", terms("1", "2", "3", "90", OPENS));
    }

    @Test
    void aCallWhoseDeadlinePassedCannotBePublished() {
        CallForProposals call = new CallForProposals("CSEP-2027-03", terms("1", "2", "3", "90", DEADLINE));
        assertThrows(IllegalStateException.class, () -> call.publish(DEADLINE.toInstant().plusSeconds(1)));
        assertEquals(CallStatus.DRAFT, call.getStatus());
    }

    private static void assertBroken(String field, String key, CallTerms terms) {
        CallTerms.BrokenRule broken = assertThrows(CallTerms.BrokenRule.class,
                () -> new CallForProposals("CSEP-X", terms));
        assertEquals(field, broken.field());
        assertEquals(key, broken.messageKey());
    }
}
