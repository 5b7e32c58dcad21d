package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.CostReports;
import eu.csep.portal.budget.entity.CategoryCaps;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.CostLine;
import eu.csep.portal.budget.entity.CostReport;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /officer/budget/cost-reports.xhtml: the officer picks a submitted financial report, accepts or adjusts each
 * category (an adjustment names its reason) and so, for a final report, settles the grant. Lists every report.
 */
@Named
@ViewScoped
public class CostReviewPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CostReports costReports;

    @Inject
    LocaleSelection localeSelection;

    private List<CostReport> reports;
    private Long selected;
    private CostReport report;
    private CategoryCaps caps = CategoryCaps.NONE;
    private final Map<String, String> accepted = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private String reason;

    @PostConstruct
    void load() {
        reports = costReports.reports(false);
    }

    /** Shows the chosen report's claims, each pre-filled as accepted. */
    public void choose() {
        accepted.clear();
        reasons.clear();
        report = selected == null ? null : costReports.report(selected);
        caps = report == null ? CategoryCaps.NONE : costReports.caps(report);
        if (report != null) {
            report.getLines().forEach(l -> accepted.put(l.getCategory().name(), l.getClaimed().toPlainString()));
        }
    }

    public void review() {
        Messages.attempt("review", () -> {
            if (selected == null) {
                throw Refusal.invalid("report", "budget.text.required");
            }
            Map<CostCategory, Money> amounts = new EnumMap<>(CostCategory.class);
            Map<CostCategory, String> why = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                String text = accepted.get(category.name());
                if (text != null && !text.isBlank()) {
                    amounts.put(category, Money.parse(category.name(), text));
                }
                why.put(category, reasons.get(category.name()));
            }
            CostReport done = costReports.review(selected, amounts, why, reason);
            Messages.info("budget.costReport.reviewedDone", done.getId(), money(done.getEuShare()));
            selected = null;
            report = null;
            reason = null;
            accepted.clear();
            reasons.clear();
            load();
        });
    }

    public List<CostReport> getReports() {
        return reports;
    }

    public List<CostReport> getOpenReports() {
        return reports.stream().filter(r -> r.getStatus() == eu.csep.portal.budget.entity.ReportStatus.SUBMITTED)
                .toList();
    }

    public String reference(CostReport r) {
        return costReports.grantOf(r).getProposalReference();
    }

    public String claimed(String category) {
        return report == null ? "—" : report.getLines().stream().filter(l -> l.getCategory().name().equals(category))
                .map(CostLine::getClaimed).findFirst().map(this::money).orElse("—");
    }

    /** " · at most €X" when the grant's category budget caps the category, else nothing. */
    public String cap(String category, String label) {
        return caps.cap(CostCategory.valueOf(category)).map(c -> " · " + label + " " + money(c)).orElse("");
    }

    public String money(Money amount) {
        return amount == null ? "—" : amount.format(localeSelection.getLocale());
    }

    public CostReport getReport() {
        return report;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public Map<String, String> getAccepted() {
        return accepted;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
