package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.Ledger;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs /officer/budget/ledger.xhtml: the ledger's entries, paged and sorted in the database; all of them, or
 * those of one call budget (?call=identifier) or one grant (?grant=proposal reference).
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Ledger ledger;

    @Inject
    LocaleSelection localeSelection;

    private String call;
    private String grant;
    private Long callBudgetId;
    private Long commitmentId;

    /** Resolves the view parameters once (f:viewAction). */
    public void load() {
        boolean found = Messages.attempt("ledger", () -> {
            callBudgetId = call == null || call.isBlank() ? null : ledger.callBudget(call).getId();
            commitmentId = grant == null || grant.isBlank() ? null : ledger.commitment(grant).getId();
        });
        if (!found) {
            callBudgetId = -1L; // an unknown call or grant shows no entries rather than all of them
        }
    }

    private final LazyDataModel<LedgerEntry> entries = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, ledger.countEntries(callBudgetId, commitmentId));
        }

        @Override
        public List<LedgerEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return ledger.entries(callBudgetId, commitmentId, first, pageSize, sort == null ? "id" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(LedgerEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public LedgerEntry getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<LedgerEntry> getEntries() {
        return entries;
    }

    public String money(Money amount) {
        return amount.format(localeSelection.getLocale());
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public String getGrant() {
        return grant;
    }

    public void setGrant(String grant) {
        this.grant = grant;
    }

}
