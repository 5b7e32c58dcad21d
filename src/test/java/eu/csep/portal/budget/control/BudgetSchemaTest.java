package eu.csep.portal.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.shared.boundary.DatabaseMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V3 runs on H2 2.2 (as Payara's) and its CHECK constraints refuse overspent balances by themselves, without
 * any Java rule in front. The same migration runs on PostgreSQL in BudgetLedgerIT.
 */
class BudgetSchemaTest {

    @Test
    void theDatabaseRefusesOverspentBalances() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:budget-schema;DB_CLOSE_DELAY=-1");
        DatabaseMigration.configure(h2, "h2").migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE budget_programme SET envelope_cents = 1000, allocated_cents = 1000 WHERE id = 1");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE budget_programme SET allocated_cents = 1001 WHERE id = 1"), "allocated > envelope");
            s.executeUpdate("INSERT INTO budget_call (id, programme_id, call_identifier, title, budget_cents,"
                    + " committed_cents, paid_cents, prefinancing_min_pct, prefinancing_max_pct, payment_ceiling_pct,"
                    + " created_at, version) VALUES (1, 1, 'C-1', 'T', 500, 500, 0, 40, 70, 90, CURRENT_TIMESTAMP, 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE budget_call SET committed_cents = 501 WHERE id = 1"), "committed > call budget");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE budget_call SET paid_cents = 501 WHERE id = 1"), "paid > committed");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO ledger_entry (id, kind, amount_cents,"
                    + " currency, programme_id, actor, occurred_at, reason) VALUES (1, 'ENVELOPE', 0, 'EUR', 1, 'a',"
                    + " CURRENT_TIMESTAMP, 'r')"), "zero amounts");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO ledger_entry (id, kind, amount_cents,"
                    + " currency, programme_id, actor, occurred_at, reason, reversed_kind) VALUES (1, 'REVERSAL', 5,"
                    + " 'EUR', 1, 'a', CURRENT_TIMESTAMP, 'r', 'REVERSAL')"), "reversal without target / of a reversal");
            s.executeUpdate("INSERT INTO ledger_entry (id, kind, amount_cents, currency, programme_id, actor,"
                    + " occurred_at, reason) VALUES (1, 'ENVELOPE', 1000, 'EUR', 1, 'a', CURRENT_TIMESTAMP, 'r')");
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM ledger_entry")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
