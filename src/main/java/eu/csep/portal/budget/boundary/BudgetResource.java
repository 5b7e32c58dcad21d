package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.control.BudgetExports;
import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentRules;
import eu.csep.portal.budget.entity.PaymentType;
import eu.csep.portal.budget.entity.Programme;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The budget ledger over REST, for programme officers (permission MANAGE_BUDGET, checked by {@link Ledger}).
 * Amounts travel as decimal strings in euros ("1234.50"): exact, and more than two decimals are refused.
 */
@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
public class BudgetResource {

    public record EnvelopeRequest(String amount, String reason, String reference) {
    }

    public record CallBudgetRequest(String callIdentifier, String title, String amount,
            BigDecimal prefinancingMinPercent, BigDecimal prefinancingMaxPercent, BigDecimal ceilingPercent,
            BigDecimal categoryFlexibilityPercent, String reason) {
    }

    public record AmountRequest(String amount, String reason, String reference) {
    }

    /** {@code categories}: optional budget per cost category (EU money), together at most the amount. */
    public record CommitmentRequest(String callIdentifier, String proposalReference, Long organisationId,
            String amount, BigDecimal cofinancingRate, String reason, String reference,
            Map<String, String> categories) {
    }

    /** Confirms a pending commitment; {@code categories} as in {@link CommitmentRequest}. */
    public record ConfirmationRequest(String amount, String reason, String reference,
            Map<String, String> categories) {
    }

    public record PaymentRequest(String type, String amount, String reason, String reference) {
    }

    public record FinalReportRequest(String acceptedCosts, String reason) {
    }

    public record ReversalRequest(String reason, String reference) {
    }

    /** Moves money between cost categories; from or to empty means the commitment not yet assigned. */
    public record CategoryMoveRequest(String from, String to, String amount, String reason) {
    }

    public record CategoryMoveView(long id, String from, String to, String amount, String actor,
            OffsetDateTime occurredAt, String reason) {
    }

    public record CategoriesView(String committed, String unassigned, Map<String, String> categories) {
    }

    /** Per category the accepted amount (absent: as claimed) and the reason of each adjustment. */
    public record ReviewRequest(Map<String, String> accepted, Map<String, String> reasons, String reason) {
    }

    public record Entry(long id, String kind, String reversedKind, String paymentType, String amount, String currency,
            Long callBudgetId, Long commitmentId, String actor, OffsetDateTime occurredAt, String reason,
            String reference, Long reversalOf) {
        static Entry of(LedgerEntry e) {
            return new Entry(e.getId(), e.getKind().name(), e.getReversedKind() == null ? null : e.getReversedKind()
                    .name(), e.getPaymentType() == null ? null : e.getPaymentType().name(), e.getAmount()
                    .toPlainString(), e.getCurrency(), e.getCallBudgetId(), e.getCommitmentId(), e.getActor(),
                    e.getOccurredAt(), e.getReason(), e.getReference(), e.getReversalOf());
        }
    }

    public record CallView(long id, String callIdentifier, String title, String budget, String committed, String paid,
            String free, BigDecimal prefinancingMinPercent, BigDecimal prefinancingMaxPercent,
            BigDecimal ceilingPercent, BigDecimal categoryFlexibilityPercent) {
        static CallView of(CallBudget c) {
            PaymentRules rules = c.rules();
            return new CallView(c.getId(), c.getCallIdentifier(), c.getTitle(), c.getBudget().toPlainString(),
                    c.getCommitted().toPlainString(), c.getPaid().toPlainString(), c.free().toPlainString(),
                    rules.prefinancingMinPercent(), rules.prefinancingMaxPercent(), rules.ceilingPercent(),
                    c.getCategoryFlexibilityPercent());
        }
    }

    public record GrantView(long id, String proposalReference, long callBudgetId, long organisationId,
            String status, String requested, String committed, String paid, String outstanding,
            BigDecimal cofinancingRate) {
        static GrantView of(Commitment c) {
            return new GrantView(c.getId(), c.getProposalReference(), c.getCallBudgetId(), c.getOrganisationId(),
                    c.getStatus().name(), c.getRequested().toPlainString(), c.getCommitted().toPlainString(),
                    c.getPaid().toPlainString(), c.getOutstanding().toPlainString(), c.getCofinancingRatePercent());
        }
    }

    public record Overview(String envelope, String allocated, String unallocated, String committed, String paid,
            List<CallView> calls) {
    }

    public record EntryPage(long total, int first, List<Entry> entries) {
    }

    public record SettlementView(String finalBalance, Long paymentEntry, Long recoveryEntry, Long decommitmentEntry) {
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Ledger ledger;

    @Inject
    CostReports costReports;

    @GET
    @Operation(summary = "The programme's envelope and every call budget: allocated, committed, paid, free")
    public Overview overview() {
        Programme programme = ledger.programme();
        List<CallBudget> calls = ledger.callBudgets();
        Money committed = calls.stream().map(CallBudget::getCommitted).reduce(Money.ZERO, Money::plus);
        Money paid = calls.stream().map(CallBudget::getPaid).reduce(Money.ZERO, Money::plus);
        return new Overview(programme.getEnvelope().toPlainString(), programme.getAllocated().toPlainString(),
                programme.free().toPlainString(), committed.toPlainString(), paid.toPlainString(),
                calls.stream().map(CallView::of).toList());
    }

    @POST
    @Path("envelope")
    @Operation(summary = "Put money into the programme's envelope")
    public Response topUp(EnvelopeRequest request) {
        EnvelopeRequest r = body(request);
        return created(Entry.of(ledger.topUpEnvelope(Money.parsePositive("amount", r.amount()), r.reason(),
                r.reference())));
    }

    @GET
    @Path("calls")
    @Operation(summary = "Every call budget")
    public List<CallView> calls() {
        return ledger.callBudgets().stream().map(CallView::of).toList();
    }

    @POST
    @Path("calls")
    @Operation(summary = "Open a call's budget with its first allocation from the envelope and its payment rules")
    public Response openCall(CallBudgetRequest request) {
        CallBudgetRequest r = body(request);
        Money amount = Money.parsePositive("amount", r.amount());
        PaymentRules rules = r.prefinancingMinPercent() == null && r.prefinancingMaxPercent() == null
                && r.ceilingPercent() == null ? PaymentRules.DEFAULT
                : new PaymentRules(r.prefinancingMinPercent(), r.prefinancingMaxPercent(), r.ceilingPercent());
        return created(CallView.of(ledger.openCallBudget(r.callIdentifier(), r.title(), amount, rules,
                r.categoryFlexibilityPercent(), r.reason())));
    }

    @POST
    @Path("calls/{callIdentifier}/allocations")
    @Operation(summary = "Allocate more envelope money to a call budget")
    public Response allocate(@PathParam("callIdentifier") String callIdentifier, AmountRequest request) {
        AmountRequest r = body(request);
        return created(Entry.of(ledger.allocate(callIdentifier, Money.parsePositive("amount", r.amount()), r.reason(),
                r.reference())));
    }

    @GET
    @Path("commitments")
    @Operation(summary = "Grants (commitments), optionally of one call")
    public List<GrantView> commitments(@QueryParam("call") String callIdentifier) {
        return ledger.commitments(callIdentifier).stream().map(GrantView::of).toList();
    }

    @POST
    @Path("commitments")
    @Operation(summary = "Commit call budget money to a named grant (proposal reference and organisation)")
    public Response commit(CommitmentRequest request) {
        CommitmentRequest r = body(request);
        if (r.organisationId() == null) {
            throw Refusal.invalid("organisationId", "budget.text.required");
        }
        return created(Entry.of(ledger.commit(r.callIdentifier(), r.proposalReference(), r.organisationId(),
                Money.parsePositive("amount", r.amount()), r.cofinancingRate(), r.reason(), r.reference(),
                GrantsResource.amounts(r.categories()))));
    }

    @POST
    @Path("commitments/{reference}/confirmation")
    @Operation(summary = "Confirm a pending commitment (from a selected proposal) at the requested amount or less")
    public Response confirm(@PathParam("reference") String reference, ConfirmationRequest request) {
        ConfirmationRequest r = body(request);
        return created(Entry.of(ledger.confirm(reference, Money.parsePositive("amount", r.amount()), r.reason(),
                r.reference(), GrantsResource.amounts(r.categories()))));
    }

    @POST
    @Path("commitments/{reference}/decommitments")
    @Operation(summary = "Release committed, unpaid money of a grant back to its call budget")
    public Response decommit(@PathParam("reference") String reference, AmountRequest request) {
        AmountRequest r = body(request);
        return created(Entry.of(ledger.decommit(reference, Money.parsePositive("amount", r.amount()), r.reason(),
                r.reference())));
    }

    @POST
    @Path("commitments/{reference}/amendments")
    @Operation(summary = "Amend a grant's commitment to a new amount (a new COMMITMENT or DECOMMITMENT entry)")
    public Response amend(@PathParam("reference") String reference, AmountRequest request) {
        AmountRequest r = body(request);
        return created(Entry.of(ledger.amendCommitment(reference, Money.parsePositive("amount", r.amount()),
                r.reason(), r.reference())));
    }

    @GET
    @Path("commitments/{reference}/categories")
    @Operation(summary = "A grant's commitment split by cost category, and what is not yet assigned")
    public CategoriesView categories(@PathParam("reference") String reference) {
        Ledger.CategoryBudgets b = ledger.categoryBudgets(reference);
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        b.categories().forEach((c, m) -> categories.put(c.name(), m.toPlainString()));
        return new CategoriesView(b.committed().toPlainString(), b.unassigned().toPlainString(), categories);
    }

    @POST
    @Path("commitments/{reference}/category-moves")
    @Operation(summary = "Move money of a grant between cost categories (from/to empty: the unassigned commitment)")
    public Response moveBetweenCategories(@PathParam("reference") String reference, CategoryMoveRequest request) {
        CategoryMoveRequest r = body(request);
        eu.csep.portal.budget.entity.CategoryMovement m = ledger.moveBetweenCategories(reference,
                category("from", r.from()), category("to", r.to()), Money.parsePositive("amount", r.amount()),
                r.reason());
        return created(new CategoryMoveView(m.getId(), m.getFrom() == null ? null : m.getFrom().name(),
                m.getTo() == null ? null : m.getTo().name(), m.getAmount().toPlainString(), m.getActor(),
                m.getOccurredAt(), m.getReason()));
    }

    private static eu.csep.portal.budget.entity.CostCategory category(String field, String name) {
        return name == null || name.isBlank() ? null : GrantsResource.enumOf(
                eu.csep.portal.budget.entity.CostCategory.class, field, name, "budget.costReport.category");
    }

    @POST
    @Path("commitments/{reference}/payments")
    @Operation(summary = "Pay pre-financing (PRE_FINANCING) or an interim payment (INTERIM) on a grant")
    public Response pay(@PathParam("reference") String reference, PaymentRequest request) {
        PaymentRequest r = body(request);
        PaymentType type;
        try {
            type = PaymentType.valueOf(r.type() == null ? "" : r.type().strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("type", "budget.payment.typeMissing");
        }
        return created(Entry.of(ledger.pay(reference, type, Money.parsePositive("amount", r.amount()), r.reason(),
                r.reference())));
    }

    @POST
    @Path("commitments/{reference}/final-report")
    @Operation(summary = "Accept the final report's eligible costs: pays or recovers the final balance, closes the grant")
    public SettlementView acceptFinalReport(@PathParam("reference") String reference, FinalReportRequest request) {
        FinalReportRequest r = body(request);
        Ledger.Settlement s = ledger.acceptFinalReport(reference, Money.parse("acceptedCosts", r.acceptedCosts()),
                r.reason());
        return new SettlementView(s.finalBalance().toPlainString(), s.paymentEntry(), s.recoveryEntry(),
                s.decommitmentEntry());
    }

    @GET
    @Path("cost-reports")
    @Operation(summary = "Financial reports of funded organisations, newest first; only those awaiting review with open=true")
    public List<GrantsResource.CostReportView> costReports(@QueryParam("open") @DefaultValue("false") boolean open) {
        return costReports.reports(open).stream().map(this::view).toList();
    }

    @GET
    @Path("cost-reports/{id}")
    @Operation(summary = "One financial report with its cost categories")
    public GrantsResource.CostReportView costReport(@PathParam("id") long id) {
        return view(costReports.report(id));
    }

    @POST
    @Path("cost-reports/{id}/review")
    @Operation(summary = "Accept or adjust each category of a report; a FINAL report then settles and closes the grant")
    public GrantsResource.CostReportView review(@PathParam("id") long id, ReviewRequest request) {
        ReviewRequest r = body(request);
        return view(costReports.review(id, GrantsResource.amounts(r.accepted()),
                GrantsResource.categories(r.reasons()), r.reason()));
    }

    private GrantsResource.CostReportView view(eu.csep.portal.budget.entity.CostReport report) {
        return GrantsResource.CostReportView.of(report, costReports.grantOf(report).getProposalReference());
    }

    @GET
    @Path("entries")
    @Operation(summary = "Ledger entries, newest first; optionally of one call budget (call) or grant (grant) id")
    public EntryPage entries(@QueryParam("call") Long call, @QueryParam("grant") Long grant,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return new EntryPage(ledger.countEntries(call, grant), first,
                ledger.entries(call, grant, first, size, "id", false).stream().map(Entry::of).toList());
    }

    @POST
    @Path("entries/{id}/reversal")
    @Operation(summary = "Reverse one entry (never a reversal, never twice)")
    public Response reverse(@PathParam("id") long id, ReversalRequest request) {
        ReversalRequest r = body(request);
        return created(Entry.of(ledger.reverse(id, r.reason(), r.reference())));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute every balance from the ledger's entries and compare with the cached balances")
    public Ledger.Verification verification() {
        return ledger.verify();
    }

    @GET
    @Path("exports/ledger.csv")
    @Produces(MediaType.WILDCARD) // the type is the file's; any Accept is fine
    @Operation(summary = "The whole ledger as CSV (amounts as plain decimals in EUR)")
    public Response ledgerCsv() {
        List<LedgerEntry> entries = ledger.allEntries();
        return download(out -> BudgetExports.ledgerCsv(entries, out), "text/csv; charset=UTF-8", "budget-ledger.csv");
    }

    @GET
    @Path("exports/ledger.xlsx")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The whole ledger as an Excel workbook")
    public Response ledgerXlsx() {
        List<LedgerEntry> entries = ledger.allEntries();
        return download(out -> BudgetExports.ledgerXlsx(entries, out), XLSX, "budget-ledger.xlsx");
    }

    @GET
    @Path("exports/grants.csv")
    @Produces(MediaType.WILDCARD) // the type is the file's; any Accept is fine
    @Operation(summary = "The per-grant overview as CSV")
    public Response grantsCsv() {
        List<BudgetExports.GrantLine> grants = grantLines();
        return download(out -> BudgetExports.grantsCsv(grants, out), "text/csv; charset=UTF-8", "budget-grants.csv");
    }

    @GET
    @Path("exports/grants.xlsx")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The per-grant overview as an Excel workbook")
    public Response grantsXlsx() {
        List<BudgetExports.GrantLine> grants = grantLines();
        return download(out -> BudgetExports.grantsXlsx(grants, out), XLSX, "budget-grants.xlsx");
    }

    @GET
    @Path("exports/report.pdf")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The budget report as PDF, in the language given by lang (en, fr, de)")
    public Response reportPdf(@QueryParam("lang") @DefaultValue("en") String lang) {
        Locale locale = Texts.supported(Locale.forLanguageTag(lang));
        Ledger.Totals t = ledger.totals();
        BudgetExports.Figures figures = new BudgetExports.Figures(t.envelope(), t.allocated(), t.committed(), t.paid(),
                t.remaining());
        List<BudgetExports.CallLine> calls = ledger.callBudgets().stream().map(c -> new BudgetExports.CallLine(
                c.getCallIdentifier(), c.getTitle(), c.getBudget(), c.getCommitted(), c.getPaid(), c.free())).toList();
        List<BudgetExports.GrantLine> grants = grantLines();
        return download(out -> BudgetExports.reportPdf(figures, calls, grants, locale, key -> Texts.get(locale, key),
                out), "application/pdf", "budget-report.pdf");
    }

    private List<BudgetExports.GrantLine> grantLines() {
        Map<Long, String> calls = ledger.callBudgets().stream().collect(Collectors.toMap(CallBudget::getId,
                CallBudget::getCallIdentifier));
        return ledger.commitments(null).stream().map(g -> new BudgetExports.GrantLine(g.getProposalReference(),
                calls.get(g.getCallBudgetId()), g.getOrganisationId(), g.getStatus().name(), g.getCommitted(),
                g.getPaid(), g.getOutstanding())).toList();
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw Refusal.invalid(null, "budget.body.missing");
        }
        return request;
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
