package eu.csep.portal.budget.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentRules;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.testsupport.PlainPersistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The Ledger's locking without Payara: the real {@link Ledger} class on plain EclipseLink (RESOURCE_LOCAL, one
 * EntityManager and transaction per client, as the container would give each request) against H2 2.2 and against
 * PostgreSQL 17 (zonky). 100 threads commit EUR 150 each against one EUR 10,000 call budget at the same moment:
 * exactly 66 succeed, the 34 others are refused naming the field amount, and the recomputation from the entries
 * equals the cached balances. Only the container's services are stand-ins: the caller (a fixed principal), the
 * audit trail (the real class on the same EntityManager) and the organisation look-up (accepts any id).
 */
class LedgerLockingTest {

    private static final int CLIENTS = 100;
    private static final long ORGANISATION = 9001;

    @Test
    void hundredConcurrentCommitmentsOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ledger-locking;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=120000");
        DatabaseMigration.configure(h2, "h2").migrate();
        hundredClientsNeverOverspend(h2);
    }

    @Test
    void hundredConcurrentCommitmentsOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
            DataSource postgres = pg.getPostgresDatabase();
            DatabaseMigration.configure(postgres, "postgresql").migrate();
            hundredClientsNeverOverspend(postgres);
        }
    }

    private void hundredClientsNeverOverspend(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (id, legal_name, country, registration_number, email_domain,"
                    + " created_at, version) VALUES (" + ORGANISATION + ", 'Locking asbl', 'BE', 'LOCK-1',"
                    + " 'locking.example', CURRENT_TIMESTAMP, 0)");
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("ledger-test", Map.of(
                "eclipselink.persistencexml", "META-INF/ledger-test-persistence.xml",
                "jakarta.persistence.nonJtaDataSource", dataSource));
        try {
            inTransaction(emf, l -> l.topUpEnvelope(Money.euros(10_000), "envelope", null));
            inTransaction(emf, l -> l.openCallBudget("LOCK-1", "Locking", Money.euros(10_000), PaymentRules.DEFAULT,
                    "call"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String reference = "LOCK-G" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        inTransaction(emf, l -> l.commit("LOCK-1", reference, ORGANISATION, Money.euros(150),
                                BigDecimal.valueOf(80), "selected", null));
                        return "committed";
                    } catch (Refusal r) {
                        return r.field() + " " + r.messageKey();
                    }
                }));
            }
            start.countDown();
            int committed = 0;
            int refused = 0;
            for (Future<String> outcome : outcomes) {
                String result = outcome.get();
                if (result.equals("committed")) {
                    committed++;
                } else {
                    assertEquals("amount budget.call.exceeded", result);
                    refused++;
                }
            }
            pool.shutdown();
            assertEquals(66, committed, "10,000 / 150");
            assertEquals(34, refused);
            assertEquals(66 * 150_00L, PlainPersistence.longValue(dataSource, "SELECT committed_cents FROM budget_call"));
            assertEquals(66, PlainPersistence.longValue(dataSource, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'COMMITMENT'"));
            assertEquals(66, PlainPersistence.longValue(dataSource, "SELECT COUNT(*) FROM budget_commitment"),
                    "a refused commitment leaves no pending grant behind");
            Ledger.Verification verification = inTransaction(emf, Ledger::verify);
            assertTrue(verification.ok(), verification.mismatches().toString());
            assertEquals(2 + 66, verification.entries());
        } finally {
            emf.close();
        }
    }

    /** One client's request: its own EntityManager and transaction around one Ledger call; a refusal rolls back. */
    static <T> T inTransaction(EntityManagerFactory emf, Function<Ledger, T> work) {
        return PlainPersistence.inTransaction(emf, LedgerLockingTest::ledger, work);
    }

    static Ledger ledger(EntityManager em) {
        SecurityContext caller = PlainPersistence.caller("officer@csep-portal.eu");
        Ledger ledger = new Ledger();
        ledger.em = em;
        ledger.security = caller;
        ledger.audit = PlainPersistence.auditTrail(em, caller);
        ledger.directory = new Directory() {
            @Override
            public Organisation organisation(long id) {
                return null; // the foreign key to organisation checks the id
            }
        };
        return ledger;
    }
}
