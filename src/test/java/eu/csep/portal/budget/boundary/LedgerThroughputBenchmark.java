package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentRules;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Benchmark harness (not a test): commitments per second of the real {@link Ledger} on plain EclipseLink against
 * PostgreSQL 17 (zonky), without Payara, HTTP or JSON, so the figure beside BudgetLedgerIT's says how much of a
 * commitment's time is the ledger's own transaction. CLIENTS threads post PER_CLIENT commitments of EUR 10 each
 * against ONE call budget (all queue for its row lock), each in its own EntityManager and transaction on a pooled
 * connection. Prints the figure and the load average. Run:
 *
 * <pre>docs/benchmarks/run-harness.sh eu.csep.portal.budget.boundary.LedgerThroughputBenchmark \
 *     [-Dclients=20 -Dper.client=50]</pre>
 */
public final class LedgerThroughputBenchmark {

    private LedgerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 20);
        int perClient = Integer.getInteger("per.client", 50);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start()) {
            DataSource simple = pg.getPostgresDatabase();
            DatabaseMigration.configure(simple, "postgresql").migrate();
            try (Connection c = simple.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO organisation (id, legal_name, country, registration_number, email_domain,"
                        + " created_at, version) VALUES (9001, 'Bench asbl', 'BE', 'BENCH-1', 'bench.example',"
                        + " CURRENT_TIMESTAMP, 0)");
            }
            // EclipseLink's own connection pool stands in for Payara's (a connection per transaction, reused)
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("ledger-test", Map.of(
                    "eclipselink.persistencexml", "META-INF/ledger-test-persistence.xml",
                    "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                    "jakarta.persistence.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres", "jakarta.persistence.jdbc.password", "postgres",
                    "eclipselink.connection-pool.default.initial", String.valueOf(clients + 2),
                    "eclipselink.connection-pool.default.max", String.valueOf(clients + 2)));
            try {
                LedgerLockingTest.inTransaction(emf, l -> l.topUpEnvelope(Money.euros(10_000_000), "envelope", null));
                LedgerLockingTest.inTransaction(emf, l -> l.openCallBudget("BENCH", "Benchmark",
                        Money.euros(10_000_000), PaymentRules.DEFAULT, "call"));
                for (int round = 1; round <= 2; round++) { // round 1 warms the JIT and the pool
                    run(emf, clients, perClient, "R" + round);
                }
                Ledger.Verification v = LedgerLockingTest.inTransaction(emf, Ledger::verify);
                System.out.println("verification ok=" + v.ok() + " entries=" + v.entries());
            } finally {
                emf.close();
            }
        }
    }

    private static void run(EntityManagerFactory emf, int clients, int perClient, String round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perClient; i++) {
                    String reference = "B-" + round + "-" + id + "-" + i;
                    LedgerLockingTest.inTransaction(emf, l -> l.commit("BENCH", reference, 9001, Money.euros(10),
                            BigDecimal.valueOf(80), "benchmark", null));
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf(Locale.ROOT, "BENCHMARK ledger (plain EclipseLink, PostgreSQL) %s: %d commitments by %d"
                + " threads in %.2f s: %.1f commitments/s, load average %s%n", round, clients * perClient, clients,
                seconds, clients * perClient / seconds, load);
    }
}
