package eu.csep.portal.budget.entity;

/**
 * What one ledger entry does to the cached balances, in cents. The ledger's single source of arithmetic: posting
 * applies it, verification sums it over all entries, and a reversal applies its negation.
 */
public record Effect(long envelope, long allocated, long callBudget, long callCommitted, long callPaid,
        long committed, long paid, long prefinanced) {

    public static final Effect NONE = new Effect(0, 0, 0, 0, 0, 0, 0, 0);

    /** The effect of an entry of this kind; for a REVERSAL pass the reversed entry's kind and payment type. */
    public static Effect of(EntryKind kind, PaymentType paymentType, long cents) {
        return switch (kind) {
            case ENVELOPE -> new Effect(cents, 0, 0, 0, 0, 0, 0, 0);
            case ALLOCATION -> new Effect(0, cents, cents, 0, 0, 0, 0, 0);
            case COMMITMENT -> new Effect(0, 0, 0, cents, 0, cents, 0, 0);
            case DECOMMITMENT -> new Effect(0, 0, 0, -cents, 0, -cents, 0, 0);
            case PAYMENT -> new Effect(0, 0, 0, 0, cents, 0, cents,
                    paymentType == PaymentType.PRE_FINANCING ? cents : 0);
            case RECOVERY -> new Effect(0, 0, 0, 0, -cents, 0, -cents, 0);
            case REVERSAL -> throw new IllegalArgumentException("A reversal's effect is its reversed entry's, negated");
        };
    }

    public static Effect of(LedgerEntry entry) {
        Effect effect = of(entry.effectiveKind(), entry.getPaymentType(), entry.getAmountCents());
        return entry.getKind() == EntryKind.REVERSAL ? effect.negated() : effect;
    }

    public Effect negated() {
        return new Effect(-envelope, -allocated, -callBudget, -callCommitted, -callPaid, -committed, -paid,
                -prefinanced);
    }

    public Effect plus(Effect o) {
        return new Effect(envelope + o.envelope, allocated + o.allocated, callBudget + o.callBudget,
                callCommitted + o.callCommitted, callPaid + o.callPaid, committed + o.committed, paid + o.paid,
                prefinanced + o.prefinanced);
    }
}
