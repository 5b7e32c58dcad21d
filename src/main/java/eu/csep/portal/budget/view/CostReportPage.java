package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.CostReports;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CommitmentStatus;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.CostReport;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.ReportType;
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
 * Backs /applicant/cost-reports.xhtml: a funded organisation submits an interim or final financial report on one of
 * its own open grants (costs per category) and follows the reviews of its reports.
 */
@Named
@ViewScoped
public class CostReportPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CostReports costReports;

    @Inject
    LocaleSelection localeSelection;

    private List<Commitment> grants;
    private List<CostReport> reports;
    private Map<Long, String> references;
    private String grant;
    private ReportType type = ReportType.INTERIM;
    private final Map<String, String> costs = new HashMap<>();

    @PostConstruct
    void load() {
        grants = costReports.myGrants();
        reports = costReports.myReports();
        references = new HashMap<>();
        grants.forEach(g -> references.put(g.getId(), g.getProposalReference()));
    }

    public void submit() {
        Messages.attempt("report", () -> {
            if (grant == null || grant.isBlank()) {
                throw Refusal.invalid("grant", "budget.text.required");
            }
            Map<CostCategory, Money> claimed = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                String text = costs.get(category.name());
                if (text != null && !text.isBlank()) {
                    claimed.put(category, Money.parse(category.name(), text));
                }
            }
            CostReport report = costReports.submit(grant, type, claimed);
            Messages.info("budget.costReport.submitted", report.getId());
            costs.clear();
            load();
        });
    }

    public List<Commitment> getOpenGrants() {
        return grants.stream().filter(g -> g.getStatus() == CommitmentStatus.OPEN).toList();
    }

    public List<Commitment> getGrants() {
        return grants;
    }

    public List<CostReport> getReports() {
        return reports;
    }

    public String reference(CostReport report) {
        return references.get(report.getCommitmentId());
    }

    public String money(Money amount) {
        return amount == null ? "—" : amount.format(localeSelection.getLocale());
    }

    public ReportType[] getTypes() {
        return ReportType.values();
    }

    public CostCategory[] getCategories() {
        return CostCategory.values();
    }

    public String getGrant() {
        return grant;
    }

    public void setGrant(String grant) {
        this.grant = grant;
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public Map<String, String> getCosts() {
        return costs;
    }
}
