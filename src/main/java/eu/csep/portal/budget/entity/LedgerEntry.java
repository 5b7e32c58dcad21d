package eu.csep.portal.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One line of the budget ledger: who moved how much, on which accounts, when, why and with which reference.
 * Immutable: no setters, JPA refuses updates and removals, and on PostgreSQL a trigger refuses them too. A
 * mistake is corrected by a REVERSAL entry pointing at the entry it undoes.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(name = LedgerEntry.ALL_IN_ORDER, query = "SELECT e FROM LedgerEntry e ORDER BY e.id")
@NamedQuery(name = LedgerEntry.REVERSAL_OF, query = "SELECT e.id FROM LedgerEntry e WHERE e.reversalOf = :entry")
public class LedgerEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String ALL_IN_ORDER = "LedgerEntry.allInOrder";
    public static final String REVERSAL_OF = "LedgerEntry.reversalOf";
    public static final int REASON_MAX = 500;
    public static final int REFERENCE_MAX = 80;

    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EntryKind kind;

    /** For a REVERSAL: the kind of the entry it undoes, so an entry's effect is known without a join. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reversed_kind", updatable = false, length = 20)
    private EntryKind reversedKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_type", updatable = false, length = 20)
    private PaymentType paymentType;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "call_budget_id", updatable = false)
    private Long callBudgetId;

    @Column(name = "commitment_id", updatable = false)
    private Long commitmentId;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(updatable = false, length = REFERENCE_MAX)
    private String reference;

    @Column(name = "reversal_of", updatable = false)
    private Long reversalOf;

    protected LedgerEntry() {
    }

    private LedgerEntry(EntryKind kind, EntryKind reversedKind, PaymentType paymentType, Money amount,
            long programmeId, Long callBudgetId, Long commitmentId, String actor, String reason, String reference,
            Long reversalOf) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A ledger entry moves a positive amount: " + amount);
        }
        this.kind = kind;
        this.reversedKind = reversedKind;
        this.paymentType = paymentType;
        this.amountCents = amount.cents();
        this.currency = amount.currency().getCurrencyCode();
        this.programmeId = programmeId;
        this.callBudgetId = callBudgetId;
        this.commitmentId = commitmentId;
        this.actor = actor;
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.reason = reason;
        this.reference = reference;
        this.reversalOf = reversalOf;
    }

    public static LedgerEntry posting(EntryKind kind, PaymentType paymentType, Money amount, long programmeId,
            Long callBudgetId, Long commitmentId, String actor, String reason, String reference) {
        if (kind == EntryKind.REVERSAL) {
            throw new IllegalArgumentException("Use reversalOf for reversals");
        }
        if ((kind == EntryKind.PAYMENT) != (paymentType != null)) {
            throw new IllegalArgumentException("Payments, and only payments, have a payment type");
        }
        return new LedgerEntry(kind, null, paymentType, amount, programmeId, callBudgetId, commitmentId, actor,
                reason, reference, null);
    }

    /** The entry that undoes the given one: same accounts, same amount, opposite effect. */
    public static LedgerEntry reversalOf(LedgerEntry original, String actor, String reason, String reference) {
        if (original.kind == EntryKind.REVERSAL) {
            throw new IllegalArgumentException("A reversal is never reversed");
        }
        return new LedgerEntry(EntryKind.REVERSAL, original.kind, original.paymentType, original.getAmount(),
                original.programmeId, original.callBudgetId, original.commitmentId, actor, reason, reference,
                original.id);
    }

    /** The kind whose arithmetic this entry uses: its own, or for a reversal the reversed entry's. */
    public EntryKind effectiveKind() {
        return kind == EntryKind.REVERSAL ? reversedKind : kind;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("The budget ledger is append-only");
    }

    public Long getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public EntryKind getReversedKind() {
        return reversedKind;
    }

    public PaymentType getPaymentType() {
        return paymentType;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }

    public String getCurrency() {
        return currency;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Long getCallBudgetId() {
        return callBudgetId;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public Long getReversalOf() {
        return reversalOf;
    }
}
