package eu.csep.portal.budget.boundary;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Kill -9 check of the budget ledger (a harness, not a test: two Payara starts take longer than an IT may). Starts
 * the real WAR (target/app.war) on Payara Micro (the jar from target/ or ~/.m2) against a PostgreSQL 17 (zonky) that
 * outlives it, lets CLIENTS officers fire commitments (EUR 10) and pre-financing payments (EUR 4) at one call budget
 * with room for ROOM commitments, fewer than they try, kills the server with SIGKILL mid-run, restarts it on the
 * same database and checks:
 * <ol>
 * <li>every answer 2xx before the kill is in the ledger (the entry id it returned, its kind and amount);</li>
 * <li>every request cut off by the kill is all there or not at all (grant, entry, audit line together);</li>
 * <li>no half entry: the verification endpoint recomputes every balance from the entries and finds the cached
 * balances equal, no OPEN grant lacks its entry, and the call's committed sum stays within its budget;</li>
 * <li>the restarted server posts again.</li>
 * </ol>
 * Prints the figures and exits 1 when a check fails. Build the WAR first, then run:
 *
 * <pre>./mvnw -q -o package -DskipTests && docs/benchmarks/run-harness.sh \
 *     eu.csep.portal.budget.boundary.LedgerCrashHarness [-Dclients=20 -Dkill.after.ms=10000 -Droom=50]</pre>
 */
public final class LedgerCrashHarness {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final long AMOUNT_CENTS = 10_00;
    private static final long PREFINANCING_CENTS = 4_00;

    /** What a 2xx answer promised: this entry, of this kind and amount, on this grant. */
    private record Promise(long entryId, String kind, long cents, String grant) {
    }

    private LedgerCrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 20);
        long killAfterMs = Long.getLong("kill.after.ms", 10_000);
        int room = Integer.getInteger("room", 50);
        Path war = Path.of("target/app.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("Build the WAR first: ./mvnw -q -o package -DskipTests");
        }
        List<String> failures = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource db = pg.getPostgresDatabase();
            String jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
            int port = freePort();
            URL base = new URL("http://127.0.0.1:" + port + "/");

            long t0 = System.nanoTime();
            Process server = startPayara(war, jdbcUrl, port, "crash-1.log");
            awaitReady(base, server);
            System.out.printf(Locale.ROOT, "server up in %.1f s (pid %d)%n", seconds(t0), server.pid());

            PortalClient officer = signedIn(base);
            String call = "CRASH-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
            // room for ROOM commitments of EUR 10; the clients try more, so refusals happen before the kill
            String budget = room * 10 + ".00";
            require(officer.postJson("api/v1/budget/envelope", "{\"amount\":\"" + budget + "\",\"reason\":"
                    + "\"crash run\"}"), 201);
            require(officer.postJson("api/v1/budget/calls", "{\"callIdentifier\":\"" + call + "\",\"title\":\"Crash"
                    + " run\",\"amount\":\"" + budget + "\",\"reason\":\"crash run\"}"), 201);
            long organisation = longValue(db, "SELECT id FROM organisation WHERE legal_name = ?",
                    "Voices of Peace asbl");

            List<PortalClient> officers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                officers.add(signedIn(base));
            }
            Map<Long, Promise> promised = new ConcurrentHashMap<>();
            Map<String, String> cutOff = new ConcurrentHashMap<>(); // grant reference -> what was cut off
            AtomicInteger attempts = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                PortalClient client = officers.get(c);
                int id = c;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; ; i++) {
                        String grant = call + "-" + id + "-" + i;
                        attempts.incrementAndGet();
                        String commitment = "{\"callIdentifier\":\"" + call + "\",\"proposalReference\":\"" + grant
                                + "\",\"organisationId\":" + organisation + ",\"amount\":\"10.00\","
                                + "\"cofinancingRate\":80,\"reason\":\"crash run\"}";
                        if (!post(client, "api/v1/budget/commitments", commitment, "COMMITMENT", AMOUNT_CENTS, grant,
                                promised, cutOff, refused)) {
                            if (cutOff.containsKey(grant)) {
                                return null; // the server is gone
                            }
                            continue;
                        }
                        attempts.incrementAndGet();
                        if (!post(client, "api/v1/budget/commitments/" + grant + "/payments", "{\"type\":"
                                + "\"PRE_FINANCING\",\"amount\":\"4.00\",\"reason\":\"pre-financing\"}", "PAYMENT",
                                PREFINANCING_CENTS, grant, promised, cutOff, refused) && cutOff.containsKey(grant)) {
                            return null;
                        }
                    }
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            Thread.sleep(killAfterMs);
            int promisedAtKill = promised.size();
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction finishes cleanly
            server.waitFor();
            double runSeconds = seconds(began);
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            System.out.printf(Locale.ROOT, "killed after %.1f s: %d requests, %d answered 2xx (%d at the kill),"
                    + " %d refused (409), %d cut off; %.1f 2xx answers/s before the kill%n", runSeconds,
                    attempts.get(), promised.size(), promisedAtKill, refused.get(), cutOff.size(),
                    promised.size() / runSeconds);

            long t1 = System.nanoTime();
            server = startPayara(war, jdbcUrl, port, "crash-2.log");
            try {
                awaitReady(base, server);
                System.out.printf(Locale.ROOT, "restarted in %.1f s%n", seconds(t1));
                check(db, call, promised, cutOff, failures);
                officer = signedIn(base);
                HttpResponse<String> verification = officer.getJson("api/v1/budget/verification");
                System.out.println("verification after restart: " + verification.body().replaceAll(
                        "\"mismatches\":\\[\\]", "\"mismatches\":[]"));
                if (verification.statusCode() != 200 || !verification.body().contains("\"ok\":true")) {
                    failures.add("verification: " + verification.body());
                }
                HttpResponse<String> again = officer.postJson("api/v1/budget/envelope",
                        "{\"amount\":\"1.00\",\"reason\":\"after the restart\"}");
                if (again.statusCode() != 201) {
                    failures.add("no posting after the restart: " + again.statusCode() + " " + again.body());
                }
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
        System.out.println(failures.isEmpty() ? "KILL -9 CHECK PASSED" : "KILL -9 CHECK FAILED: " + failures);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** One request; true when answered 2xx (promised), false when refused or cut off (then noted by grant). */
    private static boolean post(PortalClient client, String path, String body, String kind, long cents, String grant,
            Map<Long, Promise> promised, Map<String, String> cutOff, AtomicInteger refused) {
        HttpResponse<String> answer;
        try {
            answer = client.postJson(path, body);
        } catch (RuntimeException e) {
            cutOff.put(grant, kind);
            return false;
        }
        if (answer.statusCode() / 100 == 2) {
            Matcher m = ID.matcher(answer.body());
            if (!m.find()) {
                throw new IllegalStateException("2xx without an entry id: " + answer.body());
            }
            long id = Long.parseLong(m.group(1));
            promised.put(id, new Promise(id, kind, cents, grant));
            return true;
        }
        if (answer.statusCode() == 409) {
            refused.incrementAndGet();
            return false;
        }
        if (answer.statusCode() >= 500) { // the server dying under the request
            cutOff.put(grant, kind);
            return false;
        }
        throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }

    private static void check(DataSource db, String call, Map<Long, Promise> promised, Map<String, String> cutOff,
            List<String> failures) throws SQLException {
        int found = 0;
        for (Promise p : promised.values()) {
            String row = text(db, "SELECT e.kind || ' ' || e.amount_cents || ' ' || c.proposal_reference"
                    + " FROM ledger_entry e JOIN budget_commitment c ON c.id = e.commitment_id WHERE e.id = ?",
                    p.entryId());
            if ((p.kind() + " " + p.cents() + " " + p.grant()).equals(row)) {
                found++;
            } else {
                failures.add("entry " + p.entryId() + " answered 2xx (" + p + ") but the ledger has " + row);
            }
        }
        int wholeThere = 0;
        int wholeAbsent = 0;
        for (Map.Entry<String, String> cut : cutOff.entrySet()) {
            String grant = cut.getKey();
            long grants = longValue(db, "SELECT COUNT(*) FROM budget_commitment WHERE proposal_reference = ?",
                    grant);
            long entries = longValue(db, "SELECT COUNT(*) FROM ledger_entry e JOIN budget_commitment c"
                    + " ON c.id = e.commitment_id WHERE c.proposal_reference = ? AND e.kind = ?", grant,
                    cut.getValue());
            long audits = longValue(db, "SELECT COUNT(*) FROM audit_entry a JOIN ledger_entry e"
                    + " ON a.target_type = 'ledger_entry' AND a.target_id = CAST(e.id AS VARCHAR(40))"
                    + " JOIN budget_commitment c ON c.id = e.commitment_id WHERE c.proposal_reference = ?"
                    + " AND e.kind = ?", grant, cut.getValue());
            boolean there = entries == 1 && audits == 1 && grants == 1;
            boolean absent = entries == 0 && audits == 0 && (cut.getValue().equals("PAYMENT") || grants == 0);
            if (there) {
                wholeThere++;
            } else if (absent) {
                wholeAbsent++;
            } else {
                failures.add("half-written " + cut.getValue() + " of " + grant + ": grant " + grants + ", entries "
                        + entries + ", audit lines " + audits);
            }
        }
        long orphans = longValue(db, "SELECT COUNT(*) FROM budget_commitment c WHERE c.status = 'OPEN' AND NOT EXISTS"
                + " (SELECT 1 FROM ledger_entry e WHERE e.commitment_id = c.id AND e.kind = 'COMMITMENT')");
        if (orphans != 0) {
            failures.add(orphans + " open grants without their commitment entry");
        }
        long committed = longValue(db, "SELECT committed_cents FROM budget_call WHERE call_identifier = ?", call);
        long budget = longValue(db, "SELECT budget_cents FROM budget_call WHERE call_identifier = ?", call);
        long entrySum = longValue(db, "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry e JOIN budget_call b"
                + " ON b.id = e.call_budget_id WHERE b.call_identifier = ? AND e.kind = 'COMMITMENT'", call);
        long paid = longValue(db, "SELECT paid_cents FROM budget_call WHERE call_identifier = ?", call);
        if (committed > budget || committed != entrySum) {
            failures.add("call committed " + committed + " cents, entries " + entrySum + ", budget " + budget);
        }
        System.out.printf(Locale.ROOT, "after the restart: %d of %d 2xx answers found in the ledger; of %d requests"
                + " cut off, %d wholly written, %d wholly absent; %d orphan grants; call budget %s, committed %s"
                + " (= sum of its entries: %b), paid %s%n", found, promised.size(), cutOff.size(), wholeThere,
                wholeAbsent, orphans, euros(budget), euros(committed), committed == entrySum, euros(paid));
    }

    private static Process startPayara(Path war, String jdbcUrl, int port, String log) throws IOException {
        Path jar = Path.of("target/payara-micro.jar");
        if (!Files.isRegularFile(jar)) {
            jar = Path.of(System.getProperty("user.home"), ".m2/repository/fish/payara/extras/payara-micro/6.2025.10/"
                    + "payara-micro-6.2025.10.jar");
        }
        Path logs = Files.createDirectories(Path.of("target/crash-harness"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Ddb.class=org.postgresql.ds.PGSimpleDataSource", "-Ddb.url=" + jdbcUrl,
                "-Ddb.user=postgres", "-Ddb.password=postgres", "-Dportal.demo-data=true",
                "-Dsecurity.pbkdf2.iterations=20000", "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=" + freePort(),
                "-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port",
                String.valueOf(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(logs.resolve(log).toFile()).start();
    }

    private static void awaitReady(URL base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara ended; see target/crash-harness/*.log");
            }
            try {
                if (new PortalClient(base).get("login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara not ready in 4 minutes; see target/crash-harness/*.log");
    }

    private static PortalClient signedIn(URL base) {
        PortalClient client = new PortalClient(base);
        require(client.login(DemoLogins.BY_ROLE.get("OFFICER"), DemoLogins.PASSWORD), 302);
        return client;
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static long longValue(DataSource db, String sql, Object... parameters) throws SQLException {
        String value = text(db, sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String text(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String euros(long cents) {
        return String.format(Locale.ROOT, "EUR %d.%02d", cents / 100, cents % 100);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
