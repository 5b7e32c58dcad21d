package eu.csep.portal.reach.control;

import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.Provenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A parsed, typed report row. */
public record ReportRow(int line, Platform platform, String metric, LocalDate from, LocalDate to, BigDecimal value,
        Provenance provenance, Long evidenceFileId) {

    public ReportRow(int line, Platform platform, String metric, LocalDate from, LocalDate to, BigDecimal value,
            Provenance provenance) {
        this(line, platform, metric, from, to, value, provenance, null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !to.isBefore(otherFrom);
    }

    /** The rows that the cross-metric rules compare: same platform, same period. */
    public Group group() {
        return new Group(platform, from, to);
    }

    public record Group(Platform platform, LocalDate from, LocalDate to) {
    }
}
