package eu.csep.portal.reach.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of reach rows and the monthly aggregate, on a connection the caller owns (inside its transaction): rows go
 * in as multi-row INSERTs of {@value #CHUNK} rows, sent as one JDBC batch, and the monthly aggregate is adjusted by
 * the deltas of the same transaction, so it is always in step with the current rows. Plain SQL that H2 and
 * PostgreSQL both run; the data generator of the benchmark uses the same class.
 */
public final class RowStore {

    public static final int CHUNK = 500;
    static final String ROW_COLUMNS = "(report_id, line_no, campaign_ref, platform, metric, date_from, date_to, amount,"
            + " provenance, evidence_file_id, flags, current_row)";
    static final String ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A row to store, with its flags (comma-separated codes, or null). */
    public record NewRow(ReportRow row, String flags, Long evidenceFileId) {
    }

    public record MonthKey(String campaign, String platform, String metric, LocalDate month) {
    }

    /** A change to one aggregate row. */
    public static final class Delta {
        BigDecimal amount = BigDecimal.ZERO;
        long rows;
        long flagged;
        long days;

        void add(BigDecimal value, int count, boolean isFlagged, long spanDays) {
            amount = amount.add(value);
            rows += count;
            flagged += isFlagged ? count : 0;
            days += count * spanDays;
        }
    }

    private final Connection connection;

    public RowStore(Connection connection) {
        this.connection = connection;
    }

    public void insert(long reportId, String campaign, List<NewRow> rows) throws SQLException {
        int full = rows.size() / CHUNK * CHUNK;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql(CHUNK))) {
                for (int start = 0; start < full; start += CHUNK) {
                    bind(ps, reportId, campaign, rows.subList(start, start + CHUNK));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql(rows.size() - full))) {
                bind(ps, reportId, campaign, rows.subList(full, rows.size()));
                ps.executeUpdate();
            }
        }
    }

    private static String insertSql(int n) {
        StringBuilder sql = new StringBuilder("INSERT INTO reach_row ").append(ROW_COLUMNS).append(" VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW_VALUES);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, long reportId, String campaign, List<NewRow> rows)
            throws SQLException {
        int p = 1;
        for (NewRow n : rows) {
            ReportRow r = n.row();
            ps.setLong(p++, reportId);
            ps.setInt(p++, r.line());
            ps.setString(p++, campaign);
            ps.setString(p++, r.platform().name());
            ps.setString(p++, r.metric());
            ps.setDate(p++, Date.valueOf(r.from()));
            ps.setDate(p++, Date.valueOf(r.to()));
            ps.setBigDecimal(p++, r.value());
            ps.setString(p++, r.provenance().name());
            if (n.evidenceFileId() == null) {
                ps.setNull(p++, Types.BIGINT);
            } else {
                ps.setLong(p++, n.evidenceFileId());
            }
            ps.setString(p++, n.flags());
            ps.setBoolean(p++, true);
        }
    }

    /** The current rows of the campaign that touch [from, to], except those of the reports being superseded. */
    public List<StoredRow> current(String campaign, LocalDate from, LocalDate to, Collection<Long> except)
            throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT w.report_id, r.version, w.platform, w.metric,"
                + " w.date_from, w.date_to FROM reach_row w JOIN reach_report r ON r.id = w.report_id"
                + " WHERE w.campaign_ref = ? AND w.current_row = TRUE AND w.date_from <= ? AND w.date_to >= ?")) {
            ps.setString(1, campaign);
            ps.setDate(2, Date.valueOf(to));
            ps.setDate(3, Date.valueOf(from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!except.contains(rs.getLong(1))) {
                        rows.add(new StoredRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate()));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Per metric, the campaign's earlier figures as values per day: one per platform and month of the monthly
     * aggregate (its sum over the days its rows cover), so the running median costs one small read whatever the
     * number of raw rows.
     */
    public Map<String, List<BigDecimal>> history(String campaign, Set<String> metrics) throws SQLException {
        Map<String, List<BigDecimal>> history = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT metric, amount, covered_days FROM reach_monthly"
                + " WHERE campaign_ref = ? AND covered_days > 0")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (metrics.contains(rs.getString(1))) {
                        history.computeIfAbsent(rs.getString(1), m -> new ArrayList<>()).add(rs.getBigDecimal(2)
                                .divide(BigDecimal.valueOf(rs.getLong(3)), java.math.MathContext.DECIMAL64));
                    }
                }
            }
        }
        return history;
    }

    /** Takes a superseded report's rows out of the current figures and returns the aggregate deltas that undo them. */
    public Map<MonthKey, Delta> retire(long reportId) throws SQLException {
        Map<MonthKey, Delta> deltas = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT campaign_ref, platform, metric, date_from,"
                + " amount, flags, date_to FROM reach_row WHERE report_id = ? AND current_row = TRUE")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = rs.getDate(4).toLocalDate();
                    deltas.computeIfAbsent(new MonthKey(rs.getString(1), rs.getString(2), rs.getString(3),
                            from.withDayOfMonth(1)), k -> new Delta())
                            .add(rs.getBigDecimal(5).negate(), -1, rs.getString(6) != null,
                                    rs.getDate(7).toLocalDate().toEpochDay() - from.toEpochDay() + 1);
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE reach_row SET current_row = FALSE WHERE report_id = ? AND current_row = TRUE")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
        return deltas;
    }

    public static Map<MonthKey, Delta> deltas(String campaign, List<NewRow> rows) {
        Map<MonthKey, Delta> deltas = new HashMap<>();
        for (NewRow n : rows) {
            ReportRow r = n.row();
            deltas.computeIfAbsent(new MonthKey(campaign, r.platform().name(), r.metric(), r.from().withDayOfMonth(1)),
                    k -> new Delta()).add(r.value(), 1, n.flags() != null, r.days());
        }
        return deltas;
    }

    public static void merge(Map<MonthKey, Delta> into, Map<MonthKey, Delta> more) {
        more.forEach((k, d) -> {
            Delta t = into.computeIfAbsent(k, x -> new Delta());
            t.amount = t.amount.add(d.amount);
            t.rows += d.rows;
            t.flagged += d.flagged;
            t.days += d.days;
        });
    }

    /** Applies the deltas to the monthly aggregate: an UPDATE per key in one batch, then INSERTs for new keys. */
    public void applyMonthly(Map<MonthKey, Delta> deltas) throws SQLException {
        List<Map.Entry<MonthKey, Delta>> entries = new ArrayList<>(deltas.entrySet());
        int[] counts;
        try (PreparedStatement ps = connection.prepareStatement("UPDATE reach_monthly SET amount = amount + ?,"
                + " row_count = row_count + ?, flagged = flagged + ?, covered_days = covered_days + ?"
                + " WHERE campaign_ref = ? AND platform = ? AND metric = ? AND period_month = ?")) {
            for (Map.Entry<MonthKey, Delta> e : entries) {
                ps.setBigDecimal(1, e.getValue().amount);
                ps.setLong(2, e.getValue().rows);
                ps.setLong(3, e.getValue().flagged);
                ps.setLong(4, e.getValue().days);
                bindKey(ps, 5, e.getKey());
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO reach_monthly (campaign_ref, platform,"
                + " metric, period_month, amount, row_count, flagged, covered_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < entries.size(); i++) {
                if (counts[i] == 0) {
                    Delta d = entries.get(i).getValue();
                    bindKey(ps, 1, entries.get(i).getKey());
                    ps.setBigDecimal(5, d.amount);
                    ps.setLong(6, d.rows);
                    ps.setLong(7, d.flagged);
                    ps.setLong(8, d.days);
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void bindKey(PreparedStatement ps, int first, MonthKey k) throws SQLException {
        ps.setString(first, k.campaign());
        ps.setString(first + 1, k.platform());
        ps.setString(first + 2, k.metric());
        ps.setDate(first + 3, Date.valueOf(k.month()));
    }

    /** The monthly aggregate of the given campaigns (all campaigns when null). */
    public List<MonthlyFigure> monthly(Collection<String> campaigns) throws SQLException {
        List<MonthlyFigure> figures = new ArrayList<>();
        String sql = "SELECT campaign_ref, platform, metric, period_month, amount, row_count, flagged FROM reach_monthly"
                + (campaigns == null ? "" : " WHERE campaign_ref = ?");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (String c : campaigns == null ? java.util.Collections.<String>singletonList(null) : campaigns) {
                if (c != null) {
                    ps.setString(1, c);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(6) > 0) {
                            figures.add(new MonthlyFigure(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getDate(4).toLocalDate(), plain(rs.getBigDecimal(5)), rs.getLong(6),
                                    rs.getLong(7)));
                        }
                    }
                }
            }
        }
        return figures;
    }

    /** Per campaign, platform and metric the sum of the current figures (month: null), read from the aggregate. */
    public List<MonthlyFigure> totalsPerCampaign() throws SQLException {
        List<MonthlyFigure> figures = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT campaign_ref, platform, metric, SUM(amount),"
                + " SUM(row_count), SUM(flagged) FROM reach_monthly GROUP BY campaign_ref, platform, metric");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(5) > 0) {
                    figures.add(new MonthlyFigure(rs.getString(1), rs.getString(2), rs.getString(3), null,
                            plain(rs.getBigDecimal(4)), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return figures;
    }

    /** A stored figure with its flags, for the dashboard's list of figures to look at again. */
    public record FlaggedRow(long reportId, int line, String platform, String metric, LocalDate from, LocalDate to,
            BigDecimal amount, String provenance, String flags) {
    }

    /** The campaign's current flagged rows, latest first. */
    public List<FlaggedRow> flagged(String campaign, int limit) throws SQLException {
        List<FlaggedRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT report_id, line_no, platform, metric,"
                + " date_from, date_to, amount, provenance, flags FROM reach_row WHERE campaign_ref = ?"
                + " AND current_row = TRUE AND flags IS NOT NULL ORDER BY date_from DESC, report_id DESC, line_no"
                + " FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FlaggedRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), plain(rs.getBigDecimal(7)),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return rows;
    }

    /** 200000.0000 as 200000, 0.7500 as 0.75: the stored scale is not the figure's. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Per campaign, the last day its current reports cover. */
    public Map<String, LocalDate> lastReported() throws SQLException {
        Map<String, LocalDate> last = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT campaign_ref, MAX(period_to) FROM reach_report"
                + " WHERE superseded_by IS NULL GROUP BY campaign_ref"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                last.put(rs.getString(1), rs.getDate(2).toLocalDate());
            }
        }
        return last;
    }
}
