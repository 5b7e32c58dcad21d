package eu.csep.portal.reach.control;

import java.time.LocalDate;

/** A current row already stored for the campaign, as the overlap rule needs it. */
public record StoredRow(long reportId, int reportVersion, String platform, String metric, LocalDate from,
        LocalDate to) {
}
