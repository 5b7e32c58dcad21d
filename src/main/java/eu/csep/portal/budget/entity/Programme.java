package eu.csep.portal.budget.entity;

import eu.csep.portal.shared.boundary.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;

/**
 * The programme's envelope account: the money put in, and how much of it is allocated to call budgets. The
 * balance is a cache of the ledger, locked (SELECT ... FOR UPDATE) by every posting that changes it.
 */
@Entity
@Table(name = "budget_programme")
public class Programme implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String CSEP = "CSEP";

    @Id
    private Long id;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "envelope_cents", nullable = false)
    private long envelopeCents;

    @Column(name = "allocated_cents", nullable = false)
    private long allocatedCents;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(long id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    /** Applies an entry's effect; refuses when more would be allocated than the envelope holds. */
    public void apply(Effect effect) {
        long envelope = envelopeCents + effect.envelope();
        long allocated = allocatedCents + effect.allocated();
        if (envelope < 0 || allocated < 0) {
            throw Refusal.conflict("amount", "budget.balance.negative");
        }
        if (allocated > envelope) {
            throw Refusal.conflict("amount", "budget.envelope.exceeded", Money.ofCents(envelope - allocatedCents
                    < 0 ? 0 : envelope - allocatedCents).amount());
        }
        envelopeCents = envelope;
        allocatedCents = allocated;
    }

    public Money free() {
        return Money.ofCents(envelopeCents - allocatedCents);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Money getEnvelope() {
        return Money.ofCents(envelopeCents);
    }

    public Money getAllocated() {
        return Money.ofCents(allocatedCents);
    }
}
