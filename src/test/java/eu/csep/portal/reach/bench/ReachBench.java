package eu.csep.portal.reach.bench;

import eu.csep.portal.reach.control.Anomalies;
import eu.csep.portal.reach.control.ReachRules;
import eu.csep.portal.reach.control.ReportRow;
import eu.csep.portal.reach.control.RowInput;
import eu.csep.portal.reach.control.RowStore;
import eu.csep.portal.reach.entity.MetricKind;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Plain benchmark harness and data generator (not a test). Starts an embedded PostgreSQL 17 (zonky), migrates it
 * with the portal's Flyway scripts and fills it with campaigns x platforms x metrics x days daily rows through the
 * same ingest pipeline as the boundary (ReachRules, Anomalies, RowStore: batched multi-row INSERTs and the monthly
 * aggregate in the same transaction, one monthly report per campaign and transaction), timing rows/s. Then it
 * times the dashboard queries (p50/p95 of 200 runs) and prints their EXPLAIN (ANALYZE) plans.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) eu.csep.portal.reach.bench.ReachBench CAMPAIGNS PLATFORMS DAYS</pre>
 */
public final class ReachBench {

    static final String[] METRICS = {"impressions", "unique_reach", "target_audience_reach", "video_views", "clicks",
        "reactions", "shares", "comments", "saves", "watch_time"};
    static final String[] PLATFORMS = {"YOUTUBE", "FACEBOOK", "INSTAGRAM", "TIKTOK", "X", "TELEGRAM", "WEBSITE",
        "SEARCH_ADS", "OFFLINE", "OTHER"};
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    private ReachBench() {
    }

    public static void main(String[] args) throws Exception {
        int campaigns = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int platforms = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 730;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on").start()) {
            DataSource ds = pg.getPostgresDatabase();
            DatabaseMigration.configure(ds, "postgresql").migrate();
            StringBuilder out = new StringBuilder();
            long rows = generate(ds, campaigns, platforms, days, out);
            dashboards(ds, rows, out);
            System.out.println(out);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/reach.txt"), out);
        }
    }

    static long generate(DataSource ds, int campaigns, int platforms, int days, StringBuilder out)
            throws SQLException {
        Map<String, MetricKind> kinds = Arrays.stream(METRICS).collect(Collectors.toMap(m -> m,
                m -> m.equals("watch_time") ? MetricKind.SECONDS : MetricKind.COUNT));
        LocalDate end = START.plusDays(days - 1);
        long total = 0;
        long nanos = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int k = 0; k < campaigns; k++) {
                String ref = "BENCH-" + String.format("%04d", k);
                campaign(c, ref, k, platforms);
                c.commit();
            }
            for (LocalDate month = START; !month.isAfter(end); month = month.plusMonths(1)) {
                LocalDate monthEnd = month.plusMonths(1).minusDays(1).isAfter(end) ? end
                        : month.plusMonths(1).minusDays(1);
                for (int k = 0; k < campaigns; k++) {
                    String ref = "BENCH-" + String.format("%04d", k);
                    List<RowInput> inputs = new ArrayList<>();
                    int line = 1;
                    for (LocalDate d = month; !d.isAfter(monthEnd); d = d.plusDays(1)) {
                        for (int p = 0; p < platforms; p++) {
                            for (String metric : METRICS) {
                                inputs.add(new RowInput(line++, d.toString(), d.toString(), PLATFORMS[p], metric,
                                        Long.toString(value(metric, d, k, p)), "platform"));
                            }
                        }
                    }
                    long t = System.nanoTime();
                    long before = total;
                    total += ingest(c, ref, month, monthEnd, end, inputs, kinds);
                    c.commit();
                    nanos += System.nanoTime() - t;
                    if (before / 1_000_000 != total / 1_000_000) {
                        System.err.printf("%,d rows, %,.0f rows/s%n", total, total / (nanos / 1e9));
                    }
                }
            }
        }
        out.append(String.format("%s: generated %,d rows (%d campaigns x %d platforms x %d metrics x %d days): "
                + "ingest %.1f s, %,.0f rows/s (validation, anomaly flags, batched INSERT, monthly aggregate, "
                + "one transaction per campaign-month)%n", java.time.Instant.now(), total, campaigns, platforms, METRICS.length, days,
                nanos / 1e9, total / (nanos / 1e9)));
        return total;
    }

    static int ingest(Connection c, String ref, LocalDate from, LocalDate to, LocalDate grantEnd,
            List<RowInput> inputs, Map<String, MetricKind> kinds) throws SQLException {
        RowStore store = new RowStore(c);
        ReachRules.Checked checked = ReachRules.check(inputs, kinds, new ReachRules.Frame(from, to, START, grantEnd),
                store.current(ref, from, to, Set.of()));
        if (!checked.valid()) {
            throw new IllegalStateException(checked.errors().subList(0, 3).toString());
        }
        Set<String> metrics = new HashSet<>(Arrays.asList(METRICS));
        Map<Integer, Set<String>> flags = Anomalies.flags(checked.rows(), store.history(ref, metrics));
        List<RowStore.NewRow> rows = new ArrayList<>();
        for (ReportRow r : checked.rows()) {
            Set<String> f = flags.get(r.line());
            rows.add(new RowStore.NewRow(r, f == null ? null : String.join(",", f), null));
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reach_report (id, campaign_ref, idempotency_key,"
                + " content_hash, period_from, period_to, version, correction, channel, row_count, flagged_rows,"
                + " submitted_by, submitted_at) VALUES (nextval('reach_report_seq'), ?, ?, ?, ?, ?, 1, FALSE, 'API',"
                + " ?, ?, 'bench', now()) RETURNING id")) {
            ps.setString(1, ref);
            ps.setString(2, "bench-" + from);
            ps.setString(3, "0".repeat(64));
            ps.setDate(4, Date.valueOf(from));
            ps.setDate(5, Date.valueOf(to));
            ps.setInt(6, rows.size());
            ps.setInt(7, flags.size());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        store.insert(id, ref, rows);
        store.applyMonthly(RowStore.deltas(ref, rows));
        return rows.size();
    }

    static void campaign(Connection c, String ref, int k, int platforms) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reach_campaign (reference, organisation_id,"
                + " call_identifier, title, countries, starts_on, ends_on, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " now())")) {
            ps.setString(1, ref);
            ps.setLong(2, 1000 + k);
            ps.setString(3, "CALL-" + (k % 3));
            ps.setString(4, "Benchmark campaign " + k);
            ps.setString(5, new String[] {"BE, FR", "DE", "FR, NL", "IT"}[k % 4]);
            ps.setDate(6, Date.valueOf(START));
            ps.setDate(7, Date.valueOf(START.plusYears(3).minusDays(1)));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reach_target (campaign_ref, platform, metric, target)"
                + " VALUES (?, ?, ?, ?)")) {
            for (int p = 0; p < platforms; p++) {
                for (String metric : new String[] {"impressions", "unique_reach", "clicks", "video_views"}) {
                    ps.setString(1, ref);
                    ps.setString(2, PLATFORMS[p]);
                    ps.setString(3, metric);
                    ps.setLong(4, 50_000_000L);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static long value(String metric, LocalDate d, int k, int p) {
        long base = 1000 + (d.getDayOfYear() * 7L + k * 13L + p * 31L) % 500;
        return switch (metric) {
            case "impressions" -> base * 10;
            case "unique_reach" -> base * 5;
            case "target_audience_reach" -> base * 2;
            case "video_views" -> base * 3;
            case "clicks" -> base / 2;
            case "watch_time" -> base * 30;
            default -> base / 10;
        };
    }

    /** The SQL the dashboards run (RowStore.monthly, totalsPerCampaign, lastReported), timed and explained. */
    static void dashboards(DataSource ds, long rows, StringBuilder out) throws SQLException {
        String[][] queries = {
            {"campaign dashboard (monthly aggregate of one campaign)", "SELECT campaign_ref, platform, metric,"
                + " period_month, amount, row_count, flagged FROM reach_monthly WHERE campaign_ref = 'BENCH-0007'"},
            {"programme totals per campaign, platform, metric", "SELECT campaign_ref, platform, metric, SUM(amount),"
                + " SUM(row_count), SUM(flagged) FROM reach_monthly GROUP BY campaign_ref, platform, metric"},
            {"last reported period per campaign", "SELECT campaign_ref, MAX(period_to) FROM reach_report"
                + " WHERE superseded_by IS NULL GROUP BY campaign_ref"},
            {"overlap check of a new monthly report (current rows of one campaign-month)", "SELECT w.report_id,"
                + " r.version, w.platform, w.metric, w.date_from, w.date_to FROM reach_row w JOIN reach_report r ON"
                + " r.id = w.report_id WHERE w.campaign_ref = 'BENCH-0007' AND w.current_row = TRUE AND"
                + " w.date_from <= DATE '2026-06-30' AND w.date_to >= DATE '2026-06-01'"},
            {"running median history (monthly aggregate of one campaign)", "SELECT metric, amount, covered_days"
                + " FROM reach_monthly WHERE campaign_ref = 'BENCH-0007' AND covered_days > 0"},
            {"flagged figures of one campaign (dashboard list)", "SELECT report_id, line_no, platform, metric,"
                + " date_from, date_to, amount, provenance, flags FROM reach_row WHERE campaign_ref = 'BENCH-0007'"
                + " AND current_row = TRUE AND flags IS NOT NULL ORDER BY date_from DESC, report_id DESC, line_no"
                + " FETCH FIRST 100 ROWS ONLY"},
            {"for comparison only: the same totals straight from the raw rows (what the aggregate avoids)",
                "SELECT campaign_ref, platform, metric, SUM(amount), COUNT(*) FROM reach_row WHERE current_row"
                + " GROUP BY campaign_ref, platform, metric"}};
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            out.append(String.format("%ndashboard queries over %,d raw rows (200 runs each after 20 warm-up runs; the raw-row comparison 5 runs after 1)%n%n",
                    rows));
            out.append("| query | p50 ms | p95 ms |\n|---|---|---|\n");
            StringBuilder plans = new StringBuilder();
            for (String[] q : queries) {
                boolean slow = q[0].startsWith("for comparison");
                int runs = slow ? 5 : 200;
                int warmUp = slow ? 1 : 20;
                long[] ms = new long[runs];
                for (int i = 0; i < runs + warmUp; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = s.executeQuery(q[1])) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                    if (i >= warmUp) {
                        ms[i - warmUp] = System.nanoTime() - t;
                    }
                }
                Arrays.sort(ms);
                out.append(String.format("| %s | %.2f | %.2f |%n", q[0], ms[runs / 2] / 1e6,
                        ms[(int) Math.ceil(runs * 0.95) - 1] / 1e6));
                plans.append("\n").append(q[0]).append("\n    ").append(q[1]).append("\n\n");
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + q[1])) {
                    while (rs.next()) {
                        plans.append("    ").append(rs.getString(1)).append('\n');
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('reach_row')),"
                    + " pg_size_pretty(pg_total_relation_size('reach_monthly')), (SELECT COUNT(*) FROM reach_monthly)")) {
                rs.next();
                out.append(String.format("%nreach_row with indexes: %s; reach_monthly: %s (%,d rows)%n",
                        rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
            out.append("\nEXPLAIN (ANALYZE, BUFFERS)\n").append(plans);
        }
    }

}
