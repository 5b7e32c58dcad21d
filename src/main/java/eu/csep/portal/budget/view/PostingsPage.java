package eu.csep.portal.budget.view;

import eu.csep.portal.budget.boundary.Ledger;
import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.CategoryCaps;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CommitmentStatus;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentRules;
import eu.csep.portal.budget.entity.PaymentType;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs /officer/budget/postings.xhtml: the officer's forms to top up the envelope, open or extend a call budget,
 * commit to a grant, confirm a selected proposal's pending commitment, pay, accept a final report and reverse an
 * entry. Each action is one call into {@link Ledger}; a refusal shows next to its field.
 */
@Named
@ViewScoped
public class PostingsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Ledger ledger;

    @Inject
    Directory directory;

    @Inject
    LocaleSelection localeSelection;

    private Ledger.Totals totals;
    private List<CallBudget> calls;
    private List<Commitment> grants;
    private List<Organisation> organisations;

    // envelope
    private String envelopeAmount;
    private String envelopeReason;
    // call budget
    private String callIdentifier;
    private String callTitle;
    private String callAmount;
    private BigDecimal prefinancingMin = PaymentRules.DEFAULT.prefinancingMinPercent();
    private BigDecimal prefinancingMax = PaymentRules.DEFAULT.prefinancingMaxPercent();
    private BigDecimal ceiling = PaymentRules.DEFAULT.ceilingPercent();
    private BigDecimal flexibility = CategoryCaps.DEFAULT_FLEXIBILITY_PERCENT;
    private String callReason;
    // commitment
    private String commitCall;
    private String proposalReference;
    private Long organisationId;
    private String commitAmount;
    private BigDecimal cofinancingRate = BigDecimal.valueOf(80);
    private String commitReason;
    private final Map<String, String> commitCategories = new HashMap<>();
    // payment
    private String payGrant;
    private PaymentType paymentType = PaymentType.PRE_FINANCING;
    private String payAmount;
    private String payReason;
    private String payReference;
    // final report
    private String finalGrant;
    private String acceptedCosts;
    private String finalReason;
    // reversal
    private Long reverseEntry;
    private String reverseReason;

    @PostConstruct
    void load() {
        totals = ledger.totals();
        calls = ledger.callBudgets();
        grants = ledger.commitments(null);
        organisations = directory.organisations();
    }

    public void topUpEnvelope() {
        run("envelope", () -> ledger.topUpEnvelope(Money.parsePositive("amount", envelopeAmount), envelopeReason,
                null), "budget.posted");
    }

    public void openCall() {
        run("call", () -> {
            Money amount = Money.parsePositive("amount", callAmount);
            boolean exists = calls.stream().anyMatch(c -> c.getCallIdentifier().equals(
                    callIdentifier == null ? "" : callIdentifier.strip()));
            return exists ? ledger.allocate(callIdentifier, amount, callReason, null)
                    : ledger.openCallBudget(callIdentifier, callTitle, amount,
                            new PaymentRules(prefinancingMin, prefinancingMax, ceiling), flexibility, callReason);
        }, "budget.posted");
    }

    public void commit() {
        run("commit", () -> {
            if (organisationId == null) {
                throw Refusal.invalid("organisationId", "budget.text.required");
            }
            Money amount = Money.parsePositive("amount", commitAmount);
            Map<CostCategory, Money> categories = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                String text = commitCategories.get(category.name());
                if (text != null && !text.isBlank()) {
                    categories.put(category, Money.parse(category.name(), text));
                }
            }
            return pending() != null
                    ? ledger.confirm(proposalReference, amount, commitReason, null, categories)
                    : ledger.commit(commitCall, proposalReference, organisationId, amount, cofinancingRate,
                            commitReason, null, categories);
        }, "budget.posted");
    }

    /**
     * The grant reference was changed: for a selected proposal's pending commitment, the form is filled from it —
     * call, organisation, requested amount, rate and the EU share of the proposal's costs per category.
     */
    public void pendingChosen() {
        Commitment pending = pending();
        if (pending == null) {
            return;
        }
        calls.stream().filter(c -> c.getId().equals(pending.getCallBudgetId())).findFirst()
                .ifPresent(c -> commitCall = c.getCallIdentifier());
        organisationId = pending.getOrganisationId();
        commitAmount = pending.getRequested().toPlainString();
        cofinancingRate = pending.getCofinancingRatePercent();
        prefillCategories(pending.getRequested());
    }

    /** The amount was changed for a pending commitment: the proposed category budgets follow the new amount. */
    public void amountChanged() {
        Commitment pending = pending();
        if (pending == null) {
            return;
        }
        try {
            prefillCategories(Money.parsePositive("amount", commitAmount));
        } catch (Refusal e) {
            // the confirmation itself says what is wrong with the amount
        }
    }

    private void prefillCategories(Money amount) {
        Map<CostCategory, Money> proposed = ledger.proposedCategories(proposalReference.strip(), amount);
        if (!proposed.isEmpty()) {
            commitCategories.clear();
            proposed.forEach((category, share) -> commitCategories.put(category.name(), share.toPlainString()));
        }
    }

    private Commitment pending() {
        String reference = proposalReference == null ? "" : proposalReference.strip();
        return grants.stream().filter(g -> g.getProposalReference().equals(reference)
                && g.getStatus() == CommitmentStatus.PENDING).findFirst().orElse(null);
    }

    public void pay() {
        run("pay", () -> ledger.pay(payGrant, paymentType, Money.parsePositive("amount", payAmount), payReason,
                payReference), "budget.posted");
    }

    public void acceptFinalReport() {
        run("final", () -> ledger.acceptFinalReport(finalGrant, Money.parse("acceptedCosts", acceptedCosts),
                finalReason), "budget.settled");
    }

    public void reverse() {
        run("reverse", () -> {
            if (reverseEntry == null) {
                throw Refusal.invalid("entryId", "budget.text.required");
            }
            return ledger.reverse(reverseEntry, reverseReason, null);
        }, "budget.posted");
    }

    private void run(String formId, Supplier<Object> action, String doneKey) {
        Messages.attempt(formId, () -> {
            Object result = action.get();
            Messages.info(doneKey, result instanceof LedgerEntry e ? String.valueOf(e.getId()) : "—");
            clear();
            load();
        });
    }

    private void clear() {
        envelopeAmount = envelopeReason = null;
        callIdentifier = callTitle = callAmount = callReason = null;
        proposalReference = commitAmount = commitReason = null;
        organisationId = null;
        commitCategories.clear();
        payAmount = payReason = payReference = null;
        acceptedCosts = finalReason = null;
        reverseEntry = null;
        reverseReason = null;
    }

    public String money(Money amount) {
        return amount.format(localeSelection.getLocale());
    }

    public PaymentType[] getPaymentTypes() {
        return new PaymentType[] {PaymentType.PRE_FINANCING, PaymentType.INTERIM};
    }

    /** The commit form's budget per cost category (EU money, optional), keyed by category name. */
    public Map<String, String> getCommitCategories() {
        return commitCategories;
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

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    // form fields
    public String getEnvelopeAmount() { return envelopeAmount; }
    public void setEnvelopeAmount(String v) { envelopeAmount = v; }
    public String getEnvelopeReason() { return envelopeReason; }
    public void setEnvelopeReason(String v) { envelopeReason = v; }
    public String getCallIdentifier() { return callIdentifier; }
    public void setCallIdentifier(String v) { callIdentifier = v; }
    public String getCallTitle() { return callTitle; }
    public void setCallTitle(String v) { callTitle = v; }
    public String getCallAmount() { return callAmount; }
    public void setCallAmount(String v) { callAmount = v; }
    public BigDecimal getPrefinancingMin() { return prefinancingMin; }
    public void setPrefinancingMin(BigDecimal v) { prefinancingMin = v; }
    public BigDecimal getPrefinancingMax() { return prefinancingMax; }
    public void setPrefinancingMax(BigDecimal v) { prefinancingMax = v; }
    public BigDecimal getCeiling() { return ceiling; }
    public void setCeiling(BigDecimal v) { ceiling = v; }
    public BigDecimal getFlexibility() { return flexibility; }
    public void setFlexibility(BigDecimal v) { flexibility = v; }
    public String getCallReason() { return callReason; }
    public void setCallReason(String v) { callReason = v; }
    public String getCommitCall() { return commitCall; }
    public void setCommitCall(String v) { commitCall = v; }
    public String getProposalReference() { return proposalReference; }
    public void setProposalReference(String v) { proposalReference = v; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public String getCommitAmount() { return commitAmount; }
    public void setCommitAmount(String v) { commitAmount = v; }
    public BigDecimal getCofinancingRate() { return cofinancingRate; }
    public void setCofinancingRate(BigDecimal v) { cofinancingRate = v; }
    public String getCommitReason() { return commitReason; }
    public void setCommitReason(String v) { commitReason = v; }
    public String getPayGrant() { return payGrant; }
    public void setPayGrant(String v) { payGrant = v; }
    public PaymentType getPaymentType() { return paymentType; }
    public void setPaymentType(PaymentType v) { paymentType = v; }
    public String getPayAmount() { return payAmount; }
    public void setPayAmount(String v) { payAmount = v; }
    public String getPayReason() { return payReason; }
    public void setPayReason(String v) { payReason = v; }
    public String getPayReference() { return payReference; }
    public void setPayReference(String v) { payReference = v; }
    public String getFinalGrant() { return finalGrant; }
    public void setFinalGrant(String v) { finalGrant = v; }
    public String getAcceptedCosts() { return acceptedCosts; }
    public void setAcceptedCosts(String v) { acceptedCosts = v; }
    public String getFinalReason() { return finalReason; }
    public void setFinalReason(String v) { finalReason = v; }
    public Long getReverseEntry() { return reverseEntry; }
    public void setReverseEntry(Long v) { reverseEntry = v; }
    public String getReverseReason() { return reverseReason; }
    public void setReverseReason(String v) { reverseReason = v; }
}
