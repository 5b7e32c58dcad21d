package eu.csep.portal.budget.control;

import eu.csep.portal.budget.entity.Effect;
import eu.csep.portal.budget.entity.LedgerEntry;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The budget over time: per calendar month (UTC), what is committed to grants and what is paid at the end of that
 * month, summed from the ledger's entries (reversals, decommitments and recoveries included). Months without
 * entries carry the figures forward, so the line has no gaps.
 */
public final class BudgetTimeline {

    /** One entry's change to the committed and paid sums, in cents, at its time. */
    public record Movement(OffsetDateTime at, long committedCents, long paidCents) {
        public static Movement of(LedgerEntry entry) {
            Effect effect = Effect.of(entry);
            return new Movement(entry.getOccurredAt(), effect.callCommitted(), effect.callPaid());
        }
    }

    /** The figures at the end of one month. */
    public record Month(YearMonth month, long committedCents, long paidCents) implements Serializable {
    }

    private BudgetTimeline() {
    }

    /** Month by month from the first movement's month to {@code until}'s month (at most {@code maxMonths}, the latest). */
    public static List<Month> monthly(List<Movement> movements, YearMonth until, int maxMonths) {
        if (movements.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, long[]> changes = new TreeMap<>();
        for (Movement m : movements) {
            long[] sums = changes.computeIfAbsent(YearMonth.from(m.at().withOffsetSameInstant(ZoneOffset.UTC)),
                    k -> new long[2]);
            sums[0] += m.committedCents();
            sums[1] += m.paidCents();
        }
        YearMonth first = ((TreeMap<YearMonth, long[]>) changes).firstKey();
        YearMonth last = ((TreeMap<YearMonth, long[]>) changes).lastKey();
        YearMonth end = until.isAfter(last) ? until : last;
        List<Month> result = new ArrayList<>();
        long committed = 0;
        long paid = 0;
        for (YearMonth month = first; !month.isAfter(end); month = month.plusMonths(1)) {
            long[] sums = changes.get(month);
            if (sums != null) {
                committed += sums[0];
                paid += sums[1];
            }
            result.add(new Month(month, committed, paid));
        }
        return result.size() <= maxMonths ? result
                : new ArrayList<>(result.subList(result.size() - maxMonths, result.size()));
    }
}
