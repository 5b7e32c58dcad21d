package eu.csep.portal.reach.control;

/**
 * One row of a report as it came in (form, CSV line or JSON), still text. {@code line} numbers rows from 1 (a CSV
 * file's data lines: the header is line 1, so the first data row is line 2).
 */
public record RowInput(int line, String dateFrom, String dateTo, String platform, String metric, String value,
        String provenance, Long evidenceFileId) {

    /** A row without an evidence file (its provenance is a platform export or the NGO's word). */
    public RowInput(int line, String dateFrom, String dateTo, String platform, String metric, String value,
            String provenance) {
        this(line, dateFrom, dateTo, platform, metric, value, provenance, null);
    }

    public RowInput withEvidence(Long fileId) {
        return new RowInput(line, dateFrom, dateTo, platform, metric, value, provenance, fileId);
    }
}
