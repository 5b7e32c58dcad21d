package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.Ledger;
import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.CategoryCaps;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CommitmentStatus;
import eu.csep.portal.budget.entity.CostCategory;
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
import java.util.Arrays;
import java.util.List;

/**
 * Backs /officer/budget/amendments.xhtml: the officer picks an open grant, sees what remains (in the call, unpaid,
 * unassigned, per cost category with the most a report may have accepted there), changes the grant's amount or moves
 * money between its cost categories, each with a reason. Each action is one call into {@link Ledger}, which writes
 * a new entry or movement; a refusal shows next to its field.
 */
@Named
@ViewScoped
public class AmendmentsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Ledger ledger;

    @Inject
    LocaleSelection localeSelection;

    private Ledger.Totals totals;
    private List<Commitment> grants;
    private String grant;
    private Commitment selected;
    private CallBudget call;
    private Ledger.CategoryBudgets budgets;
    private CategoryCaps caps;

    // change of the grant amount
    private String newAmount;
    private String amountReason;
    private String amountReference;
    // move between categories ("" = the unassigned commitment)
    private String from;
    private String to;
    private String moveAmount;
    private String moveReason;

    @PostConstruct
    void init() {
        reload();
    }

    /** Called by the view parameter and the grant menu: shows the chosen grant's figures. */
    public void choose() {
        selected = null;
        call = null;
        budgets = null;
        caps = null;
        if (grant == null || grant.isBlank()) {
            return;
        }
        selected = grants.stream().filter(g -> g.getProposalReference().equals(grant.strip())).findFirst()
                .orElse(null);
        if (selected == null) {
            Messages.error("grantForm:grant", "budget.commitment.unknown", grant.strip());
            return;
        }
        call = ledger.callBudgets().stream().filter(c -> c.getId().equals(selected.getCallBudgetId())).findFirst()
                .orElseThrow();
        budgets = ledger.categoryBudgets(selected.getProposalReference());
        caps = ledger.categoryCaps(selected.getId());
    }

    public void changeAmount() {
        run("amount", () -> ledger.amendCommitment(requireGrant(), Money.parsePositive("amount", newAmount),
                amountReason, amountReference));
    }

    public void move() {
        run("move", () -> ledger.moveBetweenCategories(requireGrant(), category(from), category(to),
                Money.parsePositive("amount", moveAmount), moveReason));
    }

    private String requireGrant() {
        if (selected == null) {
            throw Refusal.invalid("grant", "budget.text.required");
        }
        return selected.getProposalReference();
    }

    private void run(String formId, Runnable action) {
        Messages.attempt(formId, () -> {
            action.run();
            Messages.info("budget.amendment.done", selected.getProposalReference());
            newAmount = amountReason = amountReference = null;
            from = to = moveAmount = moveReason = null;
            reload();
        });
    }

    private void reload() {
        totals = ledger.totals();
        grants = ledger.commitments(null).stream().filter(g -> g.getStatus() == CommitmentStatus.OPEN).toList();
        choose();
    }

    private static CostCategory category(String name) {
        return name == null || name.isBlank() ? null : CostCategory.valueOf(name);
    }

    public String money(Money amount) {
        return amount == null ? "—" : amount.format(localeSelection.getLocale());
    }

    /** The most the commitment can be raised to: what it is plus what its call has left. */
    public Money getHighestAmount() {
        return selected.getCommitted().plus(call.free());
    }

    /** The least the commitment can be lowered to: what the categories hold, and what is paid within the ceiling. */
    public Money getLowestAmount() {
        return selected.lowestAmendment(budgets.committed().minus(budgets.unassigned()), call.rules());
    }

    public List<CostCategory> getCategories() {
        return Arrays.asList(CostCategory.values());
    }

    public Money budget(CostCategory category) {
        return budgets.categories().get(category);
    }

    public Money cap(CostCategory category) {
        return caps.cap(category).orElse(null);
    }

    public Ledger.Totals getTotals() {
        return totals;
    }

    public List<Commitment> getGrants() {
        return grants;
    }

    public Commitment getSelected() {
        return selected;
    }

    public CallBudget getCall() {
        return call;
    }

    public Ledger.CategoryBudgets getBudgets() {
        return budgets;
    }

    public CategoryCaps getCaps() {
        return caps;
    }

    // form fields
    public String getGrant() { return grant; }
    public void setGrant(String v) { grant = v; }
    public String getNewAmount() { return newAmount; }
    public void setNewAmount(String v) { newAmount = v; }
    public String getAmountReason() { return amountReason; }
    public void setAmountReason(String v) { amountReason = v; }
    public String getAmountReference() { return amountReference; }
    public void setAmountReference(String v) { amountReference = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getMoveAmount() { return moveAmount; }
    public void setMoveAmount(String v) { moveAmount = v; }
    public String getMoveReason() { return moveReason; }
    public void setMoveReason(String v) { moveReason = v; }
}
