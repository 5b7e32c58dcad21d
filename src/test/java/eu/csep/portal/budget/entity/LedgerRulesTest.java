package eu.csep.portal.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.budget.control.Recomputation;
import eu.csep.portal.shared.boundary.Refusal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's rules on plain objects: envelope, call budgets, commitments, payments, reversals. */
class LedgerRulesTest {

    private final Programme programme = new Programme(1, Programme.CSEP, "CSEP");
    private final CallBudget call = new CallBudget(1, "CSEP-2026-01", "Call one", PaymentRules.DEFAULT);

    private static Money eur(long euros) {
        return Money.euros(euros);
    }

    private static Effect effect(EntryKind kind, long euros) {
        return Effect.of(kind, null, eur(euros).cents());
    }

    private static Effect payment(PaymentType type, long euros) {
        return Effect.of(EntryKind.PAYMENT, type, eur(euros).cents());
    }

    private static String refused(Runnable action) {
        return assertThrows(Refusal.class, action::run).messageKey();
    }

    private Commitment openGrant(long euros) {
        Commitment grant = new Commitment(1, "P-1", 7, eur(euros), new BigDecimal("80"));
        grant.checkConfirmation(eur(euros), "selected");
        call.apply(effect(EntryKind.COMMITMENT, euros));
        grant.apply(effect(EntryKind.COMMITMENT, euros));
        grant.open();
        return grant;
    }

    @Test
    void callBudgetsNeverExceedTheEnvelope() {
        programme.apply(effect(EntryKind.ENVELOPE, 12_000_000));
        programme.apply(effect(EntryKind.ALLOCATION, 7_000_000));
        assertEquals("budget.envelope.exceeded", refused(() -> programme.apply(effect(EntryKind.ALLOCATION, 5_000_001))));
        programme.apply(effect(EntryKind.ALLOCATION, 5_000_000));
        assertEquals(eur(0), programme.free());
        assertEquals("budget.envelope.exceeded", refused(() -> programme.apply(effect(EntryKind.ENVELOPE, 1).negated())),
                "the envelope cannot shrink below what is allocated");
    }

    @Test
    void commitmentsNeverExceedTheCallBudget() {
        call.apply(effect(EntryKind.ALLOCATION, 1_000));
        call.apply(effect(EntryKind.COMMITMENT, 600));
        assertEquals("budget.call.exceeded", refused(() -> call.apply(effect(EntryKind.COMMITMENT, 401))));
        assertEquals(eur(400), call.free());
        call.apply(effect(EntryKind.DECOMMITMENT, 100));
        assertEquals(eur(500), call.free());
        assertEquals("budget.call.exceeded", refused(() -> call.apply(effect(EntryKind.ALLOCATION, 501).negated())),
                "a reversed allocation cannot take back committed money");
    }

    @Test
    void pendingGrantsAreConfirmedAtMostAtTheRequestedAmount() {
        Commitment grant = new Commitment(1, "P-9", 7, eur(100), new BigDecimal("80"));
        assertEquals("budget.commitment.aboveRequested", refused(() -> grant.checkConfirmation(eur(101), "x")));
        assertEquals("budget.grant.pending",
                refused(() -> grant.checkPayment(PaymentType.INTERIM, eur(1), PaymentRules.DEFAULT)));
        assertEquals("budget.percent.invalid",
                refused(() -> new Commitment(1, "P-8", 7, eur(100), new BigDecimal("100.5"))));
    }

    @Test
    void prefinancingOnceWithinTheCallsRange() {
        call.apply(effect(EntryKind.ALLOCATION, 10_000));
        Commitment grant = openGrant(10_000);
        assertEquals("budget.payment.prefinancingRange",
                refused(() -> grant.checkPayment(PaymentType.PRE_FINANCING, eur(3_999), PaymentRules.DEFAULT)));
        assertEquals("budget.payment.prefinancingRange",
                refused(() -> grant.checkPayment(PaymentType.PRE_FINANCING, Money.ofCents(7_000_01), PaymentRules.DEFAULT)));
        grant.checkPayment(PaymentType.PRE_FINANCING, eur(7_000), PaymentRules.DEFAULT);
        grant.apply(payment(PaymentType.PRE_FINANCING, 7_000));
        assertEquals("budget.payment.prefinancingTwice",
                refused(() -> grant.checkPayment(PaymentType.PRE_FINANCING, eur(4_000), PaymentRules.DEFAULT)));
    }

    @Test
    void prefinancingPlusInterimStayWithinTheCeilingUntilTheFinalReport() {
        call.apply(effect(EntryKind.ALLOCATION, 10_000));
        Commitment grant = openGrant(10_000);
        grant.apply(payment(PaymentType.PRE_FINANCING, 5_000));
        grant.checkPayment(PaymentType.INTERIM, eur(4_000), PaymentRules.DEFAULT);
        assertEquals("budget.payment.ceiling",
                refused(() -> grant.checkPayment(PaymentType.INTERIM, Money.ofCents(4_000_01), PaymentRules.DEFAULT)));
        assertEquals("budget.payment.finalThroughReport",
                refused(() -> grant.checkPayment(PaymentType.FINAL_BALANCE, eur(1), PaymentRules.DEFAULT)));
        assertEquals("budget.amount.notPositive",
                refused(() -> grant.checkPayment(PaymentType.INTERIM, Money.ZERO, PaymentRules.DEFAULT)));
    }

    @Test
    void neverMorePaidThanCommitted() {
        call.apply(effect(EntryKind.ALLOCATION, 1_000));
        Commitment grant = openGrant(1_000);
        grant.apply(payment(PaymentType.INTERIM, 900));
        assertEquals("budget.commitment.exceeded", refused(() -> grant.apply(payment(PaymentType.INTERIM, 101))));
        assertEquals("budget.commitment.exceeded", refused(() -> grant.apply(effect(EntryKind.DECOMMITMENT, 101))),
                "decommitting cannot go below what was paid");
    }

    @Test
    void finalBalanceIsTheLesserOfCommitmentAndRateTimesCostsMinusPaid() {
        call.apply(effect(EntryKind.ALLOCATION, 10_000));
        Commitment grant = openGrant(10_000); // 80 % co-financing
        grant.apply(payment(PaymentType.PRE_FINANCING, 6_000));
        assertEquals(eur(4_000), grant.finalBalance(eur(20_000)), "capped at the commitment");
        assertEquals(eur(2_000), grant.finalBalance(eur(10_000)), "80 % of 10,000 = 8,000 - 6,000");
        assertEquals(eur(-2_000), grant.finalBalance(eur(5_000)), "80 % of 5,000 = 4,000 - 6,000: a recovery");
        assertEquals(Money.ofCents(-5_998_41), grant.finalBalance(Money.ofCents(1_99)), "rate x costs rounds down");
        grant.acceptFinalReport(eur(5_000));
        assertEquals(CommitmentStatus.CLOSED, grant.getStatus());
        assertEquals("budget.grant.closed",
                refused(() -> grant.checkPayment(PaymentType.INTERIM, eur(1), PaymentRules.DEFAULT)));
    }

    @Test
    void reversalsUndoExactlyAndAreNeverReversed() {
        LedgerEntry allocation = LedgerEntry.posting(EntryKind.ALLOCATION, null, eur(500), 1, 1L, null, "o", "r", null);
        LedgerEntry reversal = LedgerEntry.reversalOf(allocation, "o", "typo", null);
        assertEquals(Effect.of(allocation).negated(), Effect.of(reversal));
        assertEquals(EntryKind.ALLOCATION, reversal.effectiveKind());
        assertThrows(IllegalArgumentException.class, () -> LedgerEntry.reversalOf(reversal, "o", "again", null));
        assertThrows(IllegalArgumentException.class,
                () -> LedgerEntry.posting(EntryKind.PAYMENT, null, eur(1), 1, 1L, 1L, "o", "r", null));
    }

    @Test
    void paymentRulesAreConsistent() {
        assertEquals("budget.rules.minAboveMax", refused(() -> new PaymentRules(BigDecimal.valueOf(70),
                BigDecimal.valueOf(40), BigDecimal.valueOf(90))));
        assertEquals("budget.rules.maxAboveCeiling", refused(() -> new PaymentRules(BigDecimal.valueOf(40),
                BigDecimal.valueOf(95), BigDecimal.valueOf(90))));
        assertEquals("budget.percent.invalid", refused(() -> new PaymentRules(BigDecimal.valueOf(-1),
                BigDecimal.valueOf(40), BigDecimal.valueOf(90))));
    }

    @Test
    void recomputationFindsCachedBalancesThatDisagreeWithTheEntries() {
        LedgerEntry envelope = LedgerEntry.posting(EntryKind.ENVELOPE, null, eur(1_000), 1, null, null, "o", "r", null);
        Recomputation ok = new Recomputation();
        ok.add(envelope);
        programme.apply(Effect.of(envelope));
        assertEquals(List.of(), ok.compare(List.of(programme), List.of(), List.of()));

        Recomputation off = new Recomputation();
        off.add(envelope);
        off.add(LedgerEntry.posting(EntryKind.ENVELOPE, null, eur(1), 1, null, null, "o", "r", null));
        assertEquals(List.of(new Recomputation.Mismatch("programme CSEP", "envelope", 1_000_00, 1_001_00)),
                off.compare(List.of(programme), List.of(), List.of()));
    }
}
