package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.Ledger;
import eu.csep.portal.budget.control.BudgetTimeline;
import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.view.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Backs /officer/budget/dashboard.xhtml: the programme's figures, charts per call and per grant, the grants. */
@Named
@ViewScoped
public class BudgetDashboardPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int CHART_GRANTS = 20;
    private static final int CHART_MONTHS = 36;

    @Inject
    Ledger ledger;

    @Inject
    LocaleSelection localeSelection;

    private Ledger.Totals totals;
    private List<CallBudget> calls;
    private List<Commitment> grants;
    private List<BudgetTimeline.Month> months;

    @PostConstruct
    void load() {
        totals = ledger.totals();
        calls = ledger.callBudgets();
        // newest grants first: the ones an officer is working on
        grants = ledger.commitments(null).stream()
                .sorted(java.util.Comparator.comparing(Commitment::getId).reversed()).toList();
        // re-read from the ledger on every view (no node-local state): one pass over the entries
        months = BudgetTimeline.monthly(ledger.allEntries().stream().map(BudgetTimeline.Movement::of).toList(),
                YearMonth.now(ZoneOffset.UTC), CHART_MONTHS);
    }

    /** Chart.js configuration: committed and paid at the end of each month (UTC), the last 36 months. */
    public String getTimeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder committed = Json.createArrayBuilder();
        JsonArrayBuilder paid = Json.createArrayBuilder();
        for (BudgetTimeline.Month m : months) {
            labels.add(m.month().toString());
            committed.add(Money.ofCents(m.committedCents()).amount());
            paid.add(Money.ofCents(m.paidCents()).amount());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json
                        .createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text("budget.committed")).add("borderColor",
                                "#f9a825").add("backgroundColor", "#f9a825").add("data", committed))
                        .add(Json.createObjectBuilder().add("label", text("budget.paid")).add("borderColor",
                                "#2e7d32").add("backgroundColor", "#2e7d32").add("data", paid))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true))))
                .build().toString();
    }

    public String money(Money amount) {
        return amount == null ? "" : amount.format(localeSelection.getLocale());
    }

    public Ledger.Totals getTotals() {
        return totals;
    }

    public List<CallBudget> getCalls() {
        return calls;
    }

    public List<Commitment> getGrants() {
        return grants;
    }

    public String callIdentifier(long callBudgetId) {
        return calls.stream().filter(c -> c.getId() == callBudgetId).map(CallBudget::getCallIdentifier).findFirst()
                .orElse("");
    }

    /** Chart.js configuration: per call, paid / committed but unpaid / free, stacked to the call's budget. */
    public String getCallChart() {
        return stackedBar(calls.stream().map(CallBudget::getCallIdentifier).toList(), List.of(
                series("budget.paid", "#2e7d32", calls, CallBudget::getPaid),
                series("budget.outstanding", "#f9a825", calls, c -> c.getCommitted().minus(c.getPaid())),
                series("budget.free", "#90caf9", calls, CallBudget::free)));
    }

    /** Chart.js configuration: per grant (the 20 newest, so the chart stays readable), paid and unpaid. */
    public String getGrantChart() {
        List<Commitment> newest = grants.stream().limit(CHART_GRANTS).toList();
        return stackedBar(newest.stream().map(Commitment::getProposalReference).toList(), List.of(
                series("budget.paid", "#2e7d32", newest, Commitment::getPaid),
                series("budget.outstanding", "#f9a825", newest, Commitment::getOutstanding)));
    }

    private <T> jakarta.json.JsonObject series(String labelKey, String colour, List<T> rows,
            Function<T, Money> amount) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(amount.apply(r).amount()));
        return Json.createObjectBuilder().add("label", text(labelKey)).add("backgroundColor", colour)
                .add("data", data).build();
    }

    private static String stackedBar(List<String> labels, List<jakarta.json.JsonObject> datasets) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y",
                                Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private String text(String key) {
        Locale locale = localeSelection.getLocale();
        return Texts.get(locale, key);
    }
}
