package eu.csep.portal.budget.control;

import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.Effect;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Programme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every balance from the ledger's entries alone and compares the result with the cached balances.
 * Plain Java: fed entry by entry (so the boundary can stream them), then asked for the differences.
 */
public final class Recomputation {

    /** One cached balance that differs from the ledger. */
    public record Mismatch(String account, String balance, long cachedCents, long recomputedCents) {
    }

    private final Map<Long, Effect> programmes = new HashMap<>();
    private final Map<Long, Effect> calls = new HashMap<>();
    private final Map<Long, Effect> commitments = new HashMap<>();
    private long entries;

    public void add(LedgerEntry entry) {
        Effect effect = Effect.of(entry);
        programmes.merge(entry.getProgrammeId(), effect, Effect::plus);
        if (entry.getCallBudgetId() != null) {
            calls.merge(entry.getCallBudgetId(), effect, Effect::plus);
        }
        if (entry.getCommitmentId() != null) {
            commitments.merge(entry.getCommitmentId(), effect, Effect::plus);
        }
        entries++;
    }

    public long entries() {
        return entries;
    }

    public List<Mismatch> compare(List<Programme> cachedProgrammes, List<CallBudget> cachedCalls,
            List<Commitment> cachedCommitments) {
        List<Mismatch> found = new ArrayList<>();
        for (Programme p : cachedProgrammes) {
            Effect e = programmes.getOrDefault(p.getId(), Effect.NONE);
            String account = "programme " + p.getCode();
            check(found, account, "envelope", p.getEnvelope().cents(), e.envelope());
            check(found, account, "allocated", p.getAllocated().cents(), e.allocated());
        }
        for (CallBudget c : cachedCalls) {
            Effect e = calls.getOrDefault(c.getId(), Effect.NONE);
            String account = "call " + c.getCallIdentifier();
            check(found, account, "budget", c.getBudget().cents(), e.callBudget());
            check(found, account, "committed", c.getCommitted().cents(), e.callCommitted());
            check(found, account, "paid", c.getPaid().cents(), e.callPaid());
        }
        for (Commitment c : cachedCommitments) {
            Effect e = commitments.getOrDefault(c.getId(), Effect.NONE);
            String account = "commitment " + c.getProposalReference();
            check(found, account, "committed", c.getCommitted().cents(), e.committed());
            check(found, account, "paid", c.getPaid().cents(), e.paid());
            check(found, account, "prefinanced", c.getPrefinanced().cents(), e.prefinanced());
        }
        // entries on accounts that have no balance row at all would be lost money: report them too
        programmes.keySet().stream().filter(id -> cachedProgrammes.stream().noneMatch(p -> p.getId().equals(id)))
                .forEach(id -> found.add(new Mismatch("programme #" + id, "row", 0, 1)));
        calls.keySet().stream().filter(id -> cachedCalls.stream().noneMatch(c -> c.getId().equals(id)))
                .forEach(id -> found.add(new Mismatch("call #" + id, "row", 0, 1)));
        return found;
    }

    private static void check(List<Mismatch> found, String account, String balance, long cached, long recomputed) {
        if (cached != recomputed) {
            found.add(new Mismatch(account, balance, cached, recomputed));
        }
    }
}
