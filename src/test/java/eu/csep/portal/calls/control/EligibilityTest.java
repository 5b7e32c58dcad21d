package eu.csep.portal.calls.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallTerms;
import eu.csep.portal.calls.entity.KpiTarget;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalStatus;
import eu.csep.portal.calls.entity.ProposalSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final OffsetDateTime OPENS = OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime DEADLINE = OffsetDateTime.of(2027, 3, 31, 15, 0, 0, 0, ZoneOffset.UTC);
    static final Eligibility.Partners THREE = new Eligibility.Partners(3, new BigDecimal("200000.00"));
    static final Eligibility.Annex ANNEX = new Eligibility.Annex(true, true);
    static final Clock TODAY = Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC);

    static CallForProposals openCall() {
        CallForProposals call = new CallForProposals("CSEP-2027-01", new CallTerms("Counter-narratives", "Campaigns",
                OPENS, DEADLINE, new BigDecimal("4000000.00"), new BigDecimal("250000.00"),
                new BigDecimal("1000000.00"), new BigDecimal("90.00"), 3, 24, null));
        call.publish(TODAY.instant());
        return call;
    }

    static Proposal complete(CallForProposals call) {
        Proposal p = new Proposal(call, 7L, "anna@voices-of-peace.org", TODAY.instant());
        p.saveSummary(new ProposalSummary("Voices against hate", "VAH", "Short films", "en, fr", "BE, FR"), Set.of(),
                TODAY.instant());
        p.saveNarrative(new ProposalNarrative("Reduce appeal", "Youth 15-24", "Exclusion", "You belong",
                "Former extremists", "TikTok, YouTube", "Join a local club"), Set.of(), TODAY.instant());
        // direct 500,000 (all but subcontracting 0): indirect 35,000, total 535,000; 90 % = 481,500
        p.saveBudget(new ProposalBudget(new BigDecimal("300000"), BigDecimal.ZERO, new BigDecimal("100000"),
                new BigDecimal("50000"), new BigDecimal("50000"), new BigDecimal("481500")), 24, Set.of(), TODAY.instant());
        p.saveTargets(List.of(new KpiTarget("TikTok", 1_000_000, 300_000, 50_000, 400_000, 10_000)), "Survey",
                false, TODAY.instant());
        return p;
    }

    private static List<String> failed(Proposal p, Instant at) {
        return Eligibility.check(p, THREE, ANNEX, at).failures().stream().map(Eligibility.Rule::rule).toList();
    }

    @Test
    void aCompleteProposalWithinTheRulesIsEligible() {
        Eligibility.Result result = Eligibility.check(complete(openCall()), THREE, ANNEX, TODAY.instant());
        assertTrue(result.eligible(), () -> result.failures().toString());
        assertEquals(List.of("mandatory", "amount", "cofinancing", "duration", "deadline", "partners", "shares",
                "attachments"), result.rules().stream().map(Eligibility.Rule::rule).toList());
    }

    @Test
    void fewerConfirmedPartnersThanTheCallsMinimumFail() {
        Proposal p = complete(openCall());
        Eligibility.Rule partners = Eligibility.check(p, new Eligibility.Partners(2, BigDecimal.ZERO), ANNEX,
                TODAY.instant()).failures().get(0);
        assertEquals("partners", partners.rule());
        assertEquals(List.of(3, 2), partners.arguments(), "minimum and confirmed");
    }

    @Test
    void partnerSharesAboveTheTotalCostsFailByOneCent() {
        Proposal p = complete(openCall());
        // total costs 535,000.00 (see complete())
        assertEquals(List.of(), Eligibility.check(p, new Eligibility.Partners(3, new BigDecimal("535000.00")), ANNEX,
                TODAY.instant()).failures());
        assertEquals(List.of("shares"), Eligibility.check(p, new Eligibility.Partners(3, new BigDecimal("535000.01")),
                ANNEX, TODAY.instant()).failures().stream().map(Eligibility.Rule::rule).toList());
    }

    @Test
    void theNarrativeAnnexMustBeAttachedAndNotWithheld() {
        Proposal p = complete(openCall());
        Eligibility.Result missing = Eligibility.check(p, THREE, Eligibility.Annex.NONE, TODAY.instant());
        assertEquals("proposal.rule.annexMissing", missing.failures().get(0).messageKey());
        Eligibility.Result withheld = Eligibility.check(p, THREE, new Eligibility.Annex(true, false), TODAY.instant());
        assertEquals("proposal.rule.annexWithheld", withheld.failures().get(0).messageKey());
    }

    @Test
    void anEmptyDraftFailsEveryRuleAtOnce() {
        Proposal empty = new Proposal(openCall(), 7L, "anna@voices-of-peace.org", TODAY.instant());
        Eligibility.Result result = Eligibility.check(empty, Eligibility.Partners.NONE, Eligibility.Annex.NONE,
                TODAY.instant());
        assertEquals(List.of("mandatory", "amount", "cofinancing", "duration", "partners", "attachments"),
                result.failures().stream().map(Eligibility.Rule::rule).toList());
        Eligibility.Rule mandatory = result.failures().get(0);
        assertTrue(mandatory.arguments().get(0).toString().contains("title, acronym"), mandatory.toString());
        assertTrue(mandatory.arguments().get(0).toString().endsWith("kpis"), mandatory.toString());
    }

    @Test
    void amountMustLieWithinTheGrantRange() {
        Proposal p = complete(openCall());
        p.saveBudget(new ProposalBudget(new BigDecimal("300000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("249999.99")), 24, Set.of(), TODAY.instant());
        assertEquals(List.of("amount"), failed(p, TODAY.instant()));
        p.saveBudget(new ProposalBudget(new BigDecimal("2000000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("1000000.01")), 24, Set.of(), TODAY.instant());
        assertEquals(List.of("amount"), failed(p, TODAY.instant()));
        p.saveBudget(new ProposalBudget(new BigDecimal("2000000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("1000000.00")), 24, Set.of(), TODAY.instant());
        assertEquals(List.of(), failed(p, TODAY.instant()));
    }

    @Test
    void cofinancingAboveTheMaximumByOneCentFails() {
        Proposal p = complete(openCall());
        ProposalBudget b = p.budget();
        p.saveBudget(new ProposalBudget(b.personnel(), b.subcontracting(), b.travel(), b.equipment(), b.otherCosts(),
                new BigDecimal("481500.01")), 24, Set.of(), TODAY.instant());
        assertEquals(List.of("cofinancing"), failed(p, TODAY.instant()));
    }

    @Test
    void durationAboveTheCallsMaximumFails() {
        Proposal p = complete(openCall());
        p.saveBudget(p.budget(), 25, Set.of(), TODAY.instant());
        assertEquals(List.of("duration"), failed(p, TODAY.instant()));
        p.saveBudget(p.budget(), 24, Set.of(), TODAY.instant());
        assertEquals(List.of(), failed(p, TODAY.instant()));
    }

    @Test
    void deadlineEdgeOneSecondBeforeAndAfterByTheServerClock() {
        Proposal p = complete(openCall());
        Clock oneSecondBefore = Clock.fixed(DEADLINE.toInstant().minusSeconds(1), ZoneOffset.UTC);
        Clock atDeadline = Clock.fixed(DEADLINE.toInstant(), ZoneOffset.UTC);
        Clock oneSecondAfter = Clock.fixed(DEADLINE.toInstant().plusSeconds(1), ZoneOffset.UTC);
        assertEquals(List.of(), failed(p, oneSecondBefore.instant()));
        assertEquals(List.of("deadline"), failed(p, atDeadline.instant()), "the deadline instant itself is too late");
        assertEquals(List.of("deadline"), failed(p, oneSecondAfter.instant()));

        assertEquals(1, p.submit(oneSecondBefore.instant()));
        assertEquals(ProposalStatus.SUBMITTED, p.getStatus());
        assertThrows(IllegalStateException.class, () -> p.submit(oneSecondAfter.instant()));
        assertEquals(1, p.getSubmissions());
        assertFalse(p.editableAt(oneSecondAfter.instant()), "read-only after the deadline");
        assertThrows(IllegalStateException.class, () -> p.saveBudget(p.budget(), 12, Set.of(), oneSecondAfter.instant()));
    }

    @Test
    void resubmissionCountsVersionsAndWithdrawalEndsEditing() {
        Proposal p = complete(openCall());
        assertEquals(1, p.submit(TODAY.instant()));
        assertEquals(2, p.submit(TODAY.instant().plusSeconds(60)));
        p.withdraw(TODAY.instant().plusSeconds(120));
        assertEquals(ProposalStatus.WITHDRAWN, p.getStatus());
        assertThrows(IllegalStateException.class, () -> p.submit(TODAY.instant().plusSeconds(180)));
        assertFalse(p.editableAt(TODAY.instant().plusSeconds(180)));
    }

    @Test
    void aRejectedFieldKeepsItsStoredValueWhileTheOthersAreSaved() {
        Proposal p = complete(openCall());
        p.saveSummary(new ProposalSummary("New title", "BAD/ACRONYM", "New abstract", "de", "DE"), Set.of("acronym"),
                TODAY.instant());
        assertEquals("New title", p.getTitle());
        assertEquals("VAH", p.getAcronym());
    }
}
