package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.Ledger;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.shared.view.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The budget's key figures on the officer's dashboard card (and wherever "what remains" must show). */
@Named
@RequestScoped
public class BudgetCard {

    @Inject
    Ledger ledger;

    @Inject
    LocaleSelection localeSelection;

    private Ledger.Totals totals;

    public Ledger.Totals getTotals() {
        if (totals == null) {
            totals = ledger.totals();
        }
        return totals;
    }

    public String money(Money amount) {
        return amount.format(localeSelection.getLocale());
    }
}
