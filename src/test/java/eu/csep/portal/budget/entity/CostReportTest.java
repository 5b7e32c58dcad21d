package eu.csep.portal.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.shared.boundary.Refusal;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a financial report and its review, without a container. */
class CostReportTest {

    private static Money eur(String amount) {
        return Money.parse("amount", amount);
    }

    private static String refused(Runnable action) {
        return assertThrows(Refusal.class, action::run).messageKey();
    }

    private static Commitment openGrant(String committed, String rate) throws ReflectiveOperationException {
        Commitment grant = new Commitment(1, "P-1", 7, eur(committed), new BigDecimal(rate));
        Field id = Commitment.class.getDeclaredField("id"); // the database gives the id; here the test does
        id.setAccessible(true);
        id.set(grant, 42L);
        grant.apply(Effect.of(EntryKind.COMMITMENT, null, eur(committed).cents()));
        grant.open();
        return grant;
    }

    private static Map<CostCategory, Money> costs(Object... categoryAndAmount) {
        Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
        for (int i = 0; i < categoryAndAmount.length; i += 2) {
            costs.put((CostCategory) categoryAndAmount[i], eur((String) categoryAndAmount[i + 1]));
        }
        return costs;
    }

    @Test
    void aReportClaimsSomethingAndNothingNegative() throws Exception {
        Commitment grant = openGrant("1000.00", "80");
        assertEquals("budget.costReport.negative", refused(() -> new CostReport(grant, ReportType.INTERIM,
                costs(CostCategory.TRAVEL, "-0.01"), "anna")));
        assertEquals("budget.costReport.nothingClaimed", refused(() -> new CostReport(grant, ReportType.INTERIM,
                costs(CostCategory.TRAVEL, "0"), "anna")));
        assertEquals("budget.costReport.typeMissing", refused(() -> new CostReport(grant, null,
                costs(CostCategory.TRAVEL, "1.00"), "anna")));
        CostReport report = new CostReport(grant, ReportType.INTERIM, costs(CostCategory.TRAVEL, "10.00",
                CostCategory.PERSONNEL, "5.50"), "anna");
        assertEquals(eur("15.50"), report.getClaimed());
        assertEquals(CostCategory.values().length, report.getLines().size(), "every category has a line");
        assertEquals(42L, report.getCommitmentId());
    }

    @Test
    void anAdjustmentNeedsAReasonAndStaysWithinTheClaim() throws Exception {
        Commitment grant = openGrant("1000.00", "80");
        CostReport report = new CostReport(grant, ReportType.INTERIM, costs(CostCategory.TRAVEL, "100.00",
                CostCategory.EQUIPMENT, "50.00"), "anna");
        Map<CostCategory, String> noReasons = new EnumMap<>(CostCategory.class);
        assertEquals("budget.costReport.adjustmentReason", refused(() -> report.review(
                costs(CostCategory.TRAVEL, "90.00"), noReasons, grant.getCommitted(), "officer", "checked")));
        assertEquals("budget.costReport.acceptedRange", refused(() -> report.review(
                costs(CostCategory.TRAVEL, "100.01"), noReasons, grant.getCommitted(), "officer", "checked")));
        assertEquals(ReportStatus.SUBMITTED, report.getStatus(), "a refused review leaves the report submitted");

        report.review(costs(CostCategory.TRAVEL, "90.00"), Map.of(CostCategory.TRAVEL, "one taxi too many"),
                grant.getCommitted(), "officer", "checked");
        assertEquals(eur("140.00"), report.getAccepted());
        assertEquals(eur("112.00"), report.getEuShare());
        assertEquals("one taxi too many", report.getLines().get(CostCategory.TRAVEL.ordinal()).getAdjustmentReason());
        assertNull(report.getLines().get(CostCategory.EQUIPMENT.ordinal()).getAdjustmentReason(),
                "accepted as claimed: no reason kept");
        assertEquals("budget.costReport.reviewed", refused(() -> report.review(costs(), noReasons,
                grant.getCommitted(), "officer", "again")));
    }

    @Test
    void theEuShareNeverExceedsRateTimesAcceptedCostsNorTheCommitment() {
        // 33.33 % of 0.10 is 0.03333: the share rounds down, never up
        assertEquals(eur("0.03"), CostReport.euShare(eur("0.10"), new BigDecimal("33.33"), eur("100.00")));
        assertEquals(eur("799.99"), CostReport.euShare(eur("999.99"), new BigDecimal("80"), eur("5000.00")));
        assertEquals(eur("500.00"), CostReport.euShare(eur("999.99"), new BigDecimal("80"), eur("500.00")),
                "capped by the commitment");
        assertEquals(eur("0.00"), CostReport.euShare(eur("0.00"), new BigDecimal("80"), eur("500.00")));
    }

    @Test
    void noReportOnAClosedOrPendingGrant() throws Exception {
        Commitment pending = new Commitment(1, "P-2", 7, eur("10.00"), new BigDecimal("80"));
        assertEquals("budget.grant.pending", refused(() -> new CostReport(pending, ReportType.FINAL,
                costs(CostCategory.TRAVEL, "1.00"), "anna")));
        Commitment grant = openGrant("10.00", "80");
        grant.acceptFinalReport(eur("10.00"));
        assertEquals("budget.grant.closed", refused(() -> new CostReport(grant, ReportType.FINAL,
                costs(CostCategory.TRAVEL, "1.00"), "anna")));
    }

    @Test
    void categoryBudgetsCapTheAcceptedCostsWithTheCallsFlexibility() throws Exception {
        Commitment grant = openGrant("10000.00", "80");
        // EU money per category: personnel 6,000, travel 1,000; 3,000 left unassigned
        CategoryCaps caps = CategoryCaps.of(costs(CostCategory.PERSONNEL, "6000.00", CostCategory.TRAVEL, "1000.00"),
                new BigDecimal("80"), CategoryCaps.DEFAULT_FLEXIBILITY_PERCENT);
        assertEquals(eur("8250.00"), caps.cap(CostCategory.PERSONNEL).orElseThrow(), "6,000 x 110 % / 80 %");
        assertEquals(eur("1375.00"), caps.cap(CostCategory.TRAVEL).orElseThrow());
        assertEquals(eur("0.00"), caps.cap(CostCategory.EQUIPMENT).orElseThrow(), "unassigned money is no category's");
        CostReport report = new CostReport(grant, ReportType.INTERIM, costs(CostCategory.PERSONNEL, "9000.00",
                CostCategory.TRAVEL, "1375.00", CostCategory.EQUIPMENT, "100.00"), "anna");
        Map<CostCategory, String> noReasons = new EnumMap<>(CostCategory.class);
        Refusal above = assertThrows(Refusal.class, () -> report.review(costs(CostCategory.EQUIPMENT, "0.00"),
                Map.of(CostCategory.EQUIPMENT, "no budget"), grant.getCommitted(), caps, "officer", "checked"));
        assertEquals("budget.costReport.aboveCap", above.messageKey());
        assertEquals("PERSONNEL", above.field());
        assertEquals("budget.costReport.aboveCap", refused(() -> report.review(costs(CostCategory.PERSONNEL,
                "8250.00"), Map.of(CostCategory.PERSONNEL, "cap"), grant.getCommitted(), caps, "officer", "x")),
                "equipment has no budget: even 100.00 is above its cap");
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());

        report.review(costs(CostCategory.PERSONNEL, "8250.00", CostCategory.EQUIPMENT, "0.00"),
                Map.of(CostCategory.PERSONNEL, "above the category budget", CostCategory.EQUIPMENT, "no budget"),
                grant.getCommitted(), caps, "officer", "checked");
        assertEquals(eur("9625.00"), report.getAccepted(), "8,250 + 1,375 (travel exactly at its cap)");
        assertEquals(eur("8250.00"), report.getLines().get(CostCategory.PERSONNEL.ordinal()).getCap(),
                "the cap is kept on the line, where the database checks it");
    }

    @Test
    void aStrictCapAndAGrantWithoutCategoryBudgets() throws Exception {
        CategoryCaps strict = CategoryCaps.of(costs(CostCategory.TRAVEL, "100.00"), new BigDecimal("75"),
                BigDecimal.ZERO);
        assertEquals(eur("133.33"), strict.cap(CostCategory.TRAVEL).orElseThrow(), "rounded down: 75 % of it <= 100");
        CategoryCaps none = CategoryCaps.of(costs(CostCategory.TRAVEL, "0.00"), new BigDecimal("75"),
                BigDecimal.TEN);
        assertEquals(false, none.capped());
        Commitment grant = openGrant("1000.00", "80");
        CostReport report = new CostReport(grant, ReportType.INTERIM, costs(CostCategory.TRAVEL, "900.00"), "anna");
        report.review(costs(), Map.of(), grant.getCommitted(), none, "officer", "as claimed");
        assertNull(report.getLines().get(CostCategory.TRAVEL.ordinal()).getCap(), "no category budget: uncapped");
    }

    @Test
    void theLowestAmendmentKeepsCategoriesAndPaymentsWithinTheCeiling() throws Exception {
        Commitment grant = openGrant("10000.00", "80");
        assertEquals(eur("0.01"), grant.lowestAmendment(Money.ZERO, PaymentRules.DEFAULT));
        grant.apply(Effect.of(EntryKind.PAYMENT, PaymentType.PRE_FINANCING, eur("4500.00").cents()));
        assertEquals(eur("5000.00"), grant.lowestAmendment(eur("3000.00"), PaymentRules.DEFAULT), "4,500 / 90 %");
        assertEquals(eur("6000.00"), grant.lowestAmendment(eur("6000.00"), PaymentRules.DEFAULT));
    }
}
