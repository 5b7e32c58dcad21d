package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.control.Recomputation;
import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.CategoryCaps;
import eu.csep.portal.budget.entity.CategoryMovement;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CommitmentStatus;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.Effect;
import eu.csep.portal.budget.entity.EntryKind;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentRules;
import eu.csep.portal.budget.entity.PaymentType;
import eu.csep.portal.budget.entity.Programme;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget ledger's only door. Every posting is one transaction that locks the balance rows it changes
 * (SELECT ... FOR UPDATE, always in the order programme, call budget, commitment, so two postings never deadlock),
 * applies the entry's effect under the entities' rules, writes the entry and its audit line, and commits; the
 * database's CHECK constraints refuse an overspent balance even if a rule were missed. A refusal rolls all back.
 */
@Stateless
@RolesAllowed("MANAGE_BUDGET")
public class Ledger {

    public static final long PROGRAMME_ID = 1L;
    public static final int TEXT_MAX = 200;

    /** A cached balance compared with the ledger; {@code ok} when none differs. */
    public record Verification(boolean ok, long entries, int accounts, List<Recomputation.Mismatch> mismatches) {
    }

    /** What accepting a final report posted: the final payment or the recovery, and the released remainder. */
    public record Settlement(Money finalBalance, Long paymentEntry, Long recoveryEntry, Long decommitmentEntry) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    SecurityContext security;

    // ---- postings ------------------------------------------------------------------------------------------

    /** Puts money into the programme's envelope. */
    public LedgerEntry topUpEnvelope(Money amount, String reason, String reference) {
        amount.requirePositive("amount");
        Programme programme = lockProgramme();
        return post(LedgerEntry.posting(EntryKind.ENVELOPE, null, amount, programme.getId(), null, null, actor(),
                reason(reason), reference(reference)), programme, null, null, null);
    }

    /** Opens the budget of a call and allocates its first amount from the envelope. */
    public CallBudget openCallBudget(String callIdentifier, String title, Money amount, PaymentRules rules,
            String reason) {
        return openCallBudget(callIdentifier, title, amount, rules, null, reason);
    }

    /**
     * Opens a call budget whose grants' cost categories may exceed their budgets by {@code categoryFlexibilityPercent}
     * (null: the default 10 %; 0: a strict cap).
     */
    public CallBudget openCallBudget(String callIdentifier, String title, Money amount, PaymentRules rules,
            BigDecimal categoryFlexibilityPercent, String reason) {
        String identifier = required("callIdentifier", callIdentifier, CallBudget.IDENTIFIER_MAX);
        String name = required("title", title, CallBudget.TITLE_MAX);
        amount.requirePositive("amount");
        String why = reason(reason);
        if (callBudgetId(identifier).isPresent()) {
            throw Refusal.conflict("callIdentifier", "budget.call.exists", identifier);
        }
        Programme programme = lockProgramme();
        CallBudget call = new CallBudget(programme.getId(), identifier, name, rules == null ? PaymentRules.DEFAULT
                : rules, categoryFlexibilityPercent);
        em.persist(call);
        em.flush();
        post(LedgerEntry.posting(EntryKind.ALLOCATION, null, amount, programme.getId(), call.getId(), null, actor(),
                why, null), programme, call, null, null);
        return call;
    }

    /** Allocates more envelope money to an existing call budget. */
    public LedgerEntry allocate(String callIdentifier, Money amount, String reason, String reference) {
        amount.requirePositive("amount");
        String why = reason(reason);
        long callId = existingCall(callIdentifier);
        Programme programme = lockProgramme();
        CallBudget call = em.find(CallBudget.class, callId, LockModeType.PESSIMISTIC_WRITE);
        return post(LedgerEntry.posting(EntryKind.ALLOCATION, null, amount, programme.getId(), call.getId(), null,
                actor(), why, reference(reference)), programme, call, null, null);
    }

    /**
     * A selected proposal becomes a PENDING commitment: nothing is committed until an officer confirms it. Runs in
     * the selecting component's transaction and in its caller's name (fired in-process only, hence PermitAll).
     */
    @PermitAll
    public void onProposalSelected(@Observes ProposalSelected selected) {
        openPending(selected.callIdentifier(), selected.proposalReference(), selected.organisationId(),
                Money.of("requestedContribution", selected.requestedContribution()),
                selected.cofinancingRatePercent());
    }

    /** An officer opens and confirms the commitment of a named grant in one step (no review component yet). */
    public LedgerEntry commit(String callIdentifier, String proposalReference, long organisationId, Money amount,
            BigDecimal cofinancingRatePercent, String reason, String reference) {
        return commit(callIdentifier, proposalReference, organisationId, amount, cofinancingRatePercent, reason,
                reference, Map.of());
    }

    /**
     * {@link #commit} with the grant's budget per cost category (see
     * {@link #confirm(String, Money, String, String, Map)}).
     */
    public LedgerEntry commit(String callIdentifier, String proposalReference, long organisationId, Money amount,
            BigDecimal cofinancingRatePercent, String reason, String reference, Map<CostCategory, Money> categories) {
        amount.requirePositive("amount");
        String why = reason(reason);
        String ref = reference(reference);
        checkCategories(categories, amount);
        // Everything that does not depend on the call budget's balance is written BEFORE its row lock: the lock
        // serialises every posting on the call, so it is held for two statements only (FOR UPDATE, the balance's
        // UPDATE) and the commit. On PostgreSQL the foreign keys to the call budget are checked at commit, under the
        // lock (V13_1); before, an insert's key-share lock on the call row queued behind the FOR UPDATE.
        long callId = existingCall(callIdentifier);
        Commitment grant = newCommitment(proposalReference, callId, organisationId, amount, cofinancingRatePercent);
        grant.checkConfirmation(amount, why);
        Effect effect = Effect.of(EntryKind.COMMITMENT, null, amount.cents());
        grant.apply(effect); // a new grant: nobody else sees it before this transaction commits
        grant.open();
        em.persist(grant);
        try {
            em.flush(); // the grant first: the rows below reference it, and EclipseLink orders inserts by class
        } catch (PersistenceException e) {
            if (String.valueOf(e.getMessage()).contains("budget_commitment_reference_uk")
                    || String.valueOf(e.getMessage()).contains("BUDGET_COMMITMENT_REFERENCE_UK")) {
                // two commitments of one proposal at once: the unique key refuses the second
                throw Refusal.conflict("proposalReference", "budget.commitment.exists", grant.getProposalReference());
            }
            throw e;
        }
        LedgerEntry entry = LedgerEntry.posting(EntryKind.COMMITMENT, null, amount, PROGRAMME_ID, callId,
                grant.getId(), actor(), why, ref);
        em.persist(entry);
        planCategories(grant, amount, categories, why);
        auditPosting(entry, callIdentifier.strip(), grant.getProposalReference(), organisationId);
        em.flush();
        CallBudget call = em.find(CallBudget.class, callId, LockModeType.PESSIMISTIC_WRITE);
        call.apply(effect);
        em.flush(); // the CHECK constraints speak now, inside this transaction
        return entry;
    }

    /** Confirms a pending commitment at the requested amount or less; this is when call money is committed. */
    public LedgerEntry confirm(String proposalReference, Money amount, String reason, String reference) {
        return confirm(proposalReference, amount, reason, reference, Map.of());
    }

    /**
     * Confirms a pending commitment and gives its cost categories their budgets (EU money, together at most the
     * confirmed amount; what they leave stays unassigned), as the grant agreement's estimated budget. Each category
     * budget is a movement from the unassigned commitment, so later amendments move money the same way.
     */
    public LedgerEntry confirm(String proposalReference, Money amount, String reason, String reference,
            Map<CostCategory, Money> categories) {
        String why = reason(reason);
        Locked locked = lockGrant(proposalReference);
        Commitment grant = locked.grant();
        grant.checkConfirmation(amount, why);
        checkCategories(categories, amount);
        LedgerEntry entry = post(LedgerEntry.posting(EntryKind.COMMITMENT, null, amount, PROGRAMME_ID,
                locked.call().getId(), grant.getId(), actor(), why, reference(reference)), null,
                locked.call(), grant, grant.getOrganisationId());
        grant.open();
        planCategories(grant, amount, categories, why);
        em.flush();
        return entry;
    }

    /** Category budgets at confirmation: none negative, together at most the committed amount. */
    private static void checkCategories(Map<CostCategory, Money> categories, Money amount) {
        Money planned = Money.ZERO;
        for (Map.Entry<CostCategory, Money> c : categories.entrySet()) {
            if (c.getValue().isNegative()) {
                throw Refusal.invalid(c.getKey().name(), "budget.amount.notPositive", c.getValue().amount());
            }
            planned = planned.plus(c.getValue());
            if (planned.exceeds(amount)) {
                throw Refusal.invalid(c.getKey().name(), "budget.category.aboveCommitment", amount.amount());
            }
        }
    }

    /** Gives each category its budget as a movement from the unassigned commitment (checked by checkCategories). */
    private void planCategories(Commitment grant, Money amount, Map<CostCategory, Money> categories, String why) {
        Money planned = categories.values().stream().filter(Money::isPositive).reduce(Money.ZERO, Money::plus);
        if (!planned.isPositive()) {
            return;
        }
        String actor = actor();
        categories.forEach((category, money) -> {
            if (money.isPositive()) {
                em.persist(new CategoryMovement(grant.getId(), null, category, money, actor, why));
            }
        });
        audit.record("budget.category-plan", "commitment", grant.getProposalReference(), grant.getOrganisationId(),
                planned.toPlainString() + " EUR of " + amount.toPlainString() + " EUR in cost categories "
                        + categories.entrySet().stream().filter(c -> c.getValue().isPositive())
                                .map(c -> c.getKey().name() + " " + c.getValue().toPlainString()).toList());
    }

    /** Releases committed but unpaid money of an open grant back to its call budget. */
    public LedgerEntry decommit(String proposalReference, Money amount, String reason, String reference) {
        amount.requirePositive("amount");
        String why = reason(reason);
        Locked locked = lockGrant(proposalReference);
        locked.grant().requireOpen();
        requireUnassigned(locked.grant(), amount);
        return post(LedgerEntry.posting(EntryKind.DECOMMITMENT, null, amount, PROGRAMME_ID, locked.call().getId(),
                locked.grant().getId(), actor(), why, reference(reference)), null, locked.call(), locked.grant(),
                locked.grant().getOrganisationId());
    }

    /**
     * Amends an open grant's commitment to a new amount through a new entry, never an edit: a COMMITMENT of the
     * increase (within what the call budget has left) or a DECOMMITMENT of the decrease. Refused when the payments
     * made would then exceed the payment ceiling of the amended commitment (or the commitment itself).
     */
    public LedgerEntry amendCommitment(String proposalReference, Money newAmount, String reason, String reference) {
        newAmount.requirePositive("amount");
        String why = reason(reason);
        Locked locked = lockGrant(proposalReference);
        Commitment grant = locked.grant();
        grant.requireOpen();
        Money before = grant.getCommitted();
        Money difference = newAmount.minus(before);
        if (difference.isZero()) {
            throw Refusal.invalid("amount", "budget.amendment.unchanged", newAmount.amount());
        }
        if (difference.isNegative()) {
            requireUnassigned(grant, difference.negated());
        }
        Money ceiling = newAmount.percent(locked.call().rules().ceilingPercent());
        if (grant.getPaid().exceeds(ceiling)) {
            throw Refusal.conflict("amount", "budget.amendment.belowPaid", grant.getPaid().amount(),
                    locked.call().rules().ceilingPercent());
        }
        EntryKind kind = difference.isPositive() ? EntryKind.COMMITMENT : EntryKind.DECOMMITMENT;
        LedgerEntry entry = post(LedgerEntry.posting(kind, null, difference.isPositive() ? difference
                : difference.negated(), PROGRAMME_ID, locked.call().getId(), grant.getId(), actor(), why,
                reference(reference)), null, locked.call(), grant, grant.getOrganisationId());
        audit.record("budget.amendment", "commitment", grant.getProposalReference(), grant.getOrganisationId(),
                "commitment " + before.toPlainString() + " -> " + newAmount.toPlainString() + " EUR (entry "
                        + entry.getId() + "): " + why);
        return entry;
    }

    /** A grant's commitment split by cost category; what no category holds yet is unassigned. */
    public record CategoryBudgets(Money committed, Money unassigned, Map<CostCategory, Money> categories) {
    }

    /**
     * Moves money of an open grant between cost categories through a new movement, never an edit: from a category
     * (or from the unassigned commitment, {@code from} null) to another (or back, {@code to} null). Refused when the
     * source holds less than the amount.
     */
    public CategoryMovement moveBetweenCategories(String proposalReference, CostCategory from, CostCategory to,
            Money amount, String reason) {
        amount.requirePositive("amount");
        String why = reason(reason);
        if (from == to) {
            throw Refusal.invalid("to", "budget.category.sameEnds");
        }
        Locked locked = lockGrant(proposalReference);
        Commitment grant = locked.grant();
        grant.requireOpen();
        CategoryBudgets before = categoryBudgets(grant);
        Money available = from == null ? before.unassigned() : before.categories().get(from);
        if (amount.exceeds(available)) {
            throw Refusal.conflict("amount", "budget.category.insufficient", from == null ? "—" : from.name(),
                    available.amount());
        }
        CategoryMovement movement = new CategoryMovement(grant.getId(), from, to, amount, actor(), why);
        em.persist(movement);
        em.flush();
        audit.record("budget.category-move", "commitment", grant.getProposalReference(), grant.getOrganisationId(),
                amount.toPlainString() + " EUR from " + (from == null ? "unassigned" : from.name()) + " to "
                        + (to == null ? "unassigned" : to.name()) + ": " + why);
        return movement;
    }

    public CategoryBudgets categoryBudgets(String proposalReference) {
        return categoryBudgets(commitment(proposalReference));
    }

    /**
     * What a cost report on the grant may have accepted per category now. Read under the grant's row lock by a
     * review (movements take the same lock), so no movement slips in between the caps and the review's commit.
     */
    public CategoryCaps categoryCaps(long commitmentId) {
        Commitment grant = em.find(Commitment.class, commitmentId);
        if (grant == null) {
            throw Refusal.notFound("budget.commitment.unknown", commitmentId);
        }
        CallBudget call = em.find(CallBudget.class, grant.getCallBudgetId());
        return CategoryCaps.of(categoryBudgets(grant).categories(), grant.getCofinancingRatePercent(),
                call.getCategoryFlexibilityPercent());
    }

    /** Pays pre-financing or an interim payment; the final balance comes from {@link #acceptFinalReport}. */
    public LedgerEntry pay(String proposalReference, PaymentType type, Money amount, String reason,
            String reference) {
        if (type == null) {
            throw Refusal.invalid("type", "budget.payment.typeMissing");
        }
        amount.requirePositive("amount");
        String why = reason(reason);
        Locked locked = lockGrant(proposalReference);
        locked.grant().checkPayment(type, amount, locked.call().rules());
        return post(LedgerEntry.posting(EntryKind.PAYMENT, type, amount, PROGRAMME_ID, locked.call().getId(),
                locked.grant().getId(), actor(), why, reference(reference)), null, locked.call(), locked.grant(),
                locked.grant().getOrganisationId());
    }

    /**
     * Accepts the final report's eligible costs and settles the grant: pays the final balance
     * min(commitment, rate x accepted costs) - paid, or recovers it when negative, releases what stays committed
     * but unpaid, and closes the grant.
     */
    public Settlement acceptFinalReport(String proposalReference, Money acceptedCosts, String reason) {
        if (acceptedCosts.isNegative()) {
            throw Refusal.invalid("acceptedCosts", "budget.amount.notPositive", acceptedCosts.amount());
        }
        String why = reason(reason);
        Locked locked = lockGrant(proposalReference);
        Commitment grant = locked.grant();
        grant.requireOpen();
        Money balance = grant.finalBalance(acceptedCosts);
        Long payment = null;
        Long recovery = null;
        Long decommitment = null;
        long organisation = grant.getOrganisationId();
        if (balance.isPositive()) {
            payment = post(LedgerEntry.posting(EntryKind.PAYMENT, PaymentType.FINAL_BALANCE, balance, PROGRAMME_ID,
                    locked.call().getId(), grant.getId(), actor(), why, null), null, locked.call(), grant,
                    organisation).getId();
        } else if (balance.isNegative()) {
            recovery = post(LedgerEntry.posting(EntryKind.RECOVERY, null, balance.negated(), PROGRAMME_ID,
                    locked.call().getId(), grant.getId(), actor(), why, null), null, locked.call(), grant,
                    organisation).getId();
        }
        Money unused = grant.getOutstanding();
        if (unused.isPositive()) {
            decommitment = post(LedgerEntry.posting(EntryKind.DECOMMITMENT, null, unused, PROGRAMME_ID,
                    locked.call().getId(), grant.getId(), actor(), why, null), null, locked.call(), grant,
                    organisation).getId();
        }
        grant.acceptFinalReport(acceptedCosts);
        audit.record("budget.final-report", "commitment", grant.getProposalReference(), organisation,
                "accepted costs " + acceptedCosts.toPlainString() + ", final balance " + balance.toPlainString());
        return new Settlement(balance, payment, recovery, decommitment);
    }

    /** Undoes one entry with an entry of the opposite effect. A reversal is never reversed; nothing twice. */
    public LedgerEntry reverse(long entryId, String reason, String reference) {
        String why = reason(reason);
        LedgerEntry original = em.find(LedgerEntry.class, entryId);
        if (original == null) {
            throw Refusal.notFound("budget.entry.unknown", entryId);
        }
        if (original.getKind() == EntryKind.REVERSAL) {
            throw Refusal.conflict("entryId", "budget.reversal.ofReversal", entryId);
        }
        Effect effect = Effect.of(original).negated();
        Programme programme = effect.envelope() != 0 || effect.allocated() != 0 ? lockProgramme() : null;
        CallBudget call = original.getCallBudgetId() == null ? null
                : em.find(CallBudget.class, original.getCallBudgetId(), LockModeType.PESSIMISTIC_WRITE);
        Commitment grant = original.getCommitmentId() == null ? null
                : em.find(Commitment.class, original.getCommitmentId(), LockModeType.PESSIMISTIC_WRITE);
        // checked under the locks: two officers reversing the same entry at once cannot both succeed
        if (!em.createNamedQuery(LedgerEntry.REVERSAL_OF, Long.class).setParameter("entry", entryId).getResultList()
                .isEmpty()) {
            throw Refusal.conflict("entryId", "budget.reversal.already", entryId);
        }
        if (grant != null) {
            grant.requireOpen();
        }
        return post(LedgerEntry.reversalOf(original, actor(), why, reference(reference)), programme, call, grant,
                grant == null ? null : grant.getOrganisationId());
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** The programme at a glance: envelope, allocated to calls, committed to grants, paid, and what is free. */
    public record Totals(Money envelope, Money allocated, Money committed, Money paid) {
        public Money unallocated() {
            return envelope.minus(allocated);
        }

        /** Allocated to calls but not yet committed to grants. */
        public Money uncommitted() {
            return allocated.minus(committed);
        }

        /** What remains for new grants: the unallocated envelope plus the uncommitted call budgets. */
        public Money remaining() {
            return envelope.minus(committed);
        }
    }

    public Totals totals() {
        Programme programme = programme();
        Object[] sums = em.createQuery("SELECT COALESCE(SUM(c.committedCents), 0), COALESCE(SUM(c.paidCents), 0)"
                + " FROM CallBudget c", Object[].class).getSingleResult();
        return new Totals(programme.getEnvelope(), programme.getAllocated(),
                Money.ofCents(((Number) sums[0]).longValue()), Money.ofCents(((Number) sums[1]).longValue()));
    }

    public Programme programme() {
        return em.find(Programme.class, PROGRAMME_ID);
    }

    public List<CallBudget> callBudgets() {
        return em.createQuery("SELECT c FROM CallBudget c ORDER BY c.callIdentifier", CallBudget.class)
                .getResultList();
    }

    public CallBudget callBudget(String callIdentifier) {
        return em.find(CallBudget.class, existingCall(callIdentifier));
    }

    public List<Commitment> commitments(String callIdentifier) {
        if (callIdentifier == null || callIdentifier.isBlank()) {
            return em.createQuery("SELECT c FROM Commitment c ORDER BY c.proposalReference", Commitment.class)
                    .getResultList();
        }
        return em.createQuery("SELECT c FROM Commitment c WHERE c.callBudgetId = :call ORDER BY c.proposalReference",
                Commitment.class).setParameter("call", existingCall(callIdentifier)).getResultList();
    }

    public Commitment commitment(String proposalReference) {
        return em.find(Commitment.class, grantId(proposalReference));
    }

    /** Ledger entries, newest first unless sorted otherwise; optionally of one call budget or one grant. */
    public List<LedgerEntry> entries(Long callBudgetId, Long commitmentId, int first, int size, String sortField,
            boolean ascending) {
        String field = switch (sortField == null ? "" : sortField) {
            case "kind", "amountCents", "actor", "occurredAt", "reference" -> sortField;
            default -> "id";
        };
        TypedQuery<LedgerEntry> query = em.createQuery("SELECT e FROM LedgerEntry e WHERE " + filter(callBudgetId,
                commitmentId) + " ORDER BY e." + field + (ascending ? " ASC" : " DESC") + ", e.id"
                + (ascending ? " ASC" : " DESC"), LedgerEntry.class);
        bind(query, callBudgetId, commitmentId);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 10_000))
                .getResultList();
    }

    /** Every entry in order, for exports. */
    public List<LedgerEntry> allEntries() {
        return em.createNamedQuery(LedgerEntry.ALL_IN_ORDER, LedgerEntry.class).getResultList();
    }

    public long countEntries(Long callBudgetId, Long commitmentId) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE "
                + filter(callBudgetId, commitmentId), Long.class);
        bind(query, callBudgetId, commitmentId);
        return query.getSingleResult();
    }

    /**
     * Recomputes every balance from the entries and compares it with the cached balances. Takes the programme's and
     * every call budget's row lock first (postings take them too), so the entries and the balances it reads belong
     * to the same moment even while officers keep posting.
     */
    public Verification verify() {
        Programme programme = lockProgramme();
        List<CallBudget> calls = em.createQuery("SELECT c FROM CallBudget c ORDER BY c.id", CallBudget.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<Commitment> grants = em.createQuery("SELECT c FROM Commitment c ORDER BY c.id", Commitment.class)
                .getResultList();
        Recomputation recomputation = new Recomputation();
        em.createNamedQuery(LedgerEntry.ALL_IN_ORDER, LedgerEntry.class).getResultStream()
                .forEach(recomputation::add);
        List<Recomputation.Mismatch> mismatches = recomputation.compare(List.of(programme), calls, grants);
        return new Verification(mismatches.isEmpty(), recomputation.entries(), 1 + calls.size() + grants.size(),
                mismatches);
    }

    // ---- inside --------------------------------------------------------------------------------------------

    private record Locked(CallBudget call, Commitment grant) {
    }

    private CategoryBudgets categoryBudgets(Commitment grant) {
        Map<CostCategory, Money> budgets = CategoryMovement.budgets(em.createQuery("SELECT m FROM CategoryMovement m"
                + " WHERE m.commitmentId = :grant ORDER BY m.id", CategoryMovement.class)
                .setParameter("grant", grant.getId()).getResultList());
        Money assigned = budgets.values().stream().reduce(Money.ZERO, Money::plus);
        return new CategoryBudgets(grant.getCommitted(), grant.getCommitted().minus(assigned), budgets);
    }

    /** The commitment never drops below what its cost categories hold. */
    private void requireUnassigned(Commitment grant, Money decrease) {
        CategoryBudgets budgets = categoryBudgets(grant);
        if (decrease.exceeds(budgets.unassigned())) {
            throw Refusal.conflict("amount", "budget.amendment.belowCategories",
                    grant.getCommitted().minus(budgets.unassigned()).amount());
        }
    }

    private Commitment openPending(String callIdentifier, String proposalReference, long organisationId,
            Money requested, BigDecimal cofinancingRatePercent) {
        Commitment pending = newCommitment(proposalReference, existingCall(callIdentifier), organisationId, requested,
                cofinancingRatePercent);
        String reference = pending.getProposalReference();
        em.persist(pending);
        em.flush();
        audit.record("budget.commitment-pending", "commitment", reference, organisationId,
                "call " + callIdentifier + ", requested " + requested.toPlainString());
        return pending;
    }

    /** A pending grant, not yet persisted: the organisation visible to the caller, the reference new. */
    private Commitment newCommitment(String proposalReference, long callId, long organisationId, Money requested,
            BigDecimal cofinancingRatePercent) {
        String reference = required("proposalReference", proposalReference, Commitment.REFERENCE_MAX);
        directory.organisation(organisationId);
        if (cofinancingRatePercent == null) {
            throw Refusal.invalid("cofinancingRate", "budget.percent.invalid", "");
        }
        if (grantIdOf(reference).isPresent()) {
            throw Refusal.conflict("proposalReference", "budget.commitment.exists", reference);
        }
        return new Commitment(callId, reference, organisationId, requested, cofinancingRatePercent);
    }

    private LedgerEntry post(LedgerEntry entry, Programme programme, CallBudget call, Commitment grant,
            Long organisationId) {
        Effect effect = Effect.of(entry);
        if (programme != null) {
            programme.apply(effect);
        } else if (effect.envelope() != 0 || effect.allocated() != 0) {
            throw new IllegalStateException("Programme balance not locked for " + entry.getKind());
        }
        if (call != null) {
            call.apply(effect);
        }
        if (grant != null) {
            grant.apply(effect);
        }
        em.persist(entry);
        em.flush(); // the CHECK constraints speak now, inside this transaction
        auditPosting(entry, call == null ? null : call.getCallIdentifier(),
                grant == null ? null : grant.getProposalReference(), organisationId);
        return entry;
    }

    private void auditPosting(LedgerEntry entry, String callIdentifier, String grantReference, Long organisationId) {
        audit.record("budget." + entry.getKind().name().toLowerCase(), "ledger_entry", entry.getId(), organisationId,
                entry.getKind() + (entry.getPaymentType() == null ? "" : " " + entry.getPaymentType()) + " "
                        + entry.getAmount().toPlainString() + " EUR"
                        + (callIdentifier == null ? "" : ", call " + callIdentifier)
                        + (grantReference == null ? "" : ", grant " + grantReference)
                        + (entry.getReversalOf() == null ? "" : ", reverses #" + entry.getReversalOf())
                        + ": " + entry.getReason());
    }

    private Programme lockProgramme() {
        return em.find(Programme.class, PROGRAMME_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    private Locked lockGrant(String proposalReference) {
        long grantId = grantId(proposalReference);
        long callId = em.createQuery("SELECT c.callBudgetId FROM Commitment c WHERE c.id = :id", Long.class)
                .setParameter("id", grantId).getSingleResult();
        CallBudget call = em.find(CallBudget.class, callId, LockModeType.PESSIMISTIC_WRITE);
        Commitment grant = em.find(Commitment.class, grantId, LockModeType.PESSIMISTIC_WRITE);
        return new Locked(call, grant);
    }

    private long existingCall(String callIdentifier) {
        String identifier = required("callIdentifier", callIdentifier, CallBudget.IDENTIFIER_MAX);
        return callBudgetId(identifier).orElseThrow(() -> Refusal.invalid("callIdentifier", "budget.call.unknown",
                identifier));
    }

    private Optional<Long> callBudgetId(String identifier) {
        return em.createQuery("SELECT c.id FROM CallBudget c WHERE c.callIdentifier = :identifier", Long.class)
                .setParameter("identifier", identifier).getResultStream().findFirst();
    }

    private long grantId(String proposalReference) {
        String reference = required("proposalReference", proposalReference, Commitment.REFERENCE_MAX);
        return grantIdOf(reference).orElseThrow(() -> Refusal.notFound("budget.commitment.unknown", reference));
    }

    private Optional<Long> grantIdOf(String reference) {
        return em.createQuery("SELECT c.id FROM Commitment c WHERE c.proposalReference = :reference", Long.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    private static String filter(Long callBudgetId, Long commitmentId) {
        return (callBudgetId == null ? "1 = 1" : "e.callBudgetId = :call")
                + (commitmentId == null ? "" : " AND e.commitmentId = :grant");
    }

    private static void bind(TypedQuery<?> query, Long callBudgetId, Long commitmentId) {
        if (callBudgetId != null) {
            query.setParameter("call", callBudgetId);
        }
        if (commitmentId != null) {
            query.setParameter("grant", commitmentId);
        }
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? AuditTrail.SYSTEM : caller.getName();
    }

    private static String reason(String reason) {
        return required("reason", reason, LedgerEntry.REASON_MAX);
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        if (reference.strip().length() > LedgerEntry.REFERENCE_MAX) {
            throw Refusal.invalid("reference", "budget.text.tooLong", LedgerEntry.REFERENCE_MAX);
        }
        return reference.strip();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "budget.text.required");
        }
        String text = value.strip();
        if (text.length() > max) {
            throw Refusal.invalid(field, "budget.text.tooLong", max);
        }
        return text;
    }
}
