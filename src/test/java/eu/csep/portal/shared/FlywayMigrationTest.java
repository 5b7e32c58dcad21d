package eu.csep.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.boundary.DatabaseMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the portal's migrations exactly as the start-up bean does, on a file H2 (the developer default) and on a
 * real PostgreSQL 17: the whole chain applies, a second run applies nothing, and the schema works.
 */
class FlywayMigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesH2FromEmptyAndAgainIsANoOp() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("portal").toAbsolutePath());
        h2.setUser("csep");
        h2.setPassword("test");
        assertMigrates(h2, "h2");
        assertTrue(Files.exists(dir.resolve("portal.mv.db")));
    }

    @Test
    void migratesPostgresFromEmptyAndKeepsTheAuditLogAppendOnly() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            assertMigrates(ds, "postgresql");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, action) "
                        + "VALUES (nextval('audit_entry_seq'), now(), 'test', 'TESTED')");
                SQLException refused = assertThrows(SQLException.class,
                        () -> s.executeUpdate("UPDATE audit_entry SET actor = 'mallory'"));
                assertTrue(refused.getMessage().contains("append-only"));
                assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
            }
        }
    }

    private static void assertMigrates(DataSource ds, String vendor) throws SQLException {
        MigrateResult first = DatabaseMigration.configure(ds, vendor).migrate();
        assertTrue(first.migrationsExecuted >= 1, "migrations applied on an empty " + vendor + " database");
        assertEquals(0, DatabaseMigration.configure(ds, vendor).migrate().migrationsExecuted, "second run applies nothing");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (id, legal_name, country, registration_number, email_domain, created_at, version) "
                    + "VALUES (1, 'Voices of Peace', 'BE', '0712', 'voices.org', CURRENT_TIMESTAMP, 0)");
            // the same registration number in the same country is refused by the database itself
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO organisation (id, legal_name, country, "
                    + "registration_number, email_domain, created_at, version) VALUES (2, 'Copy', 'BE', '0712', 'x.org', CURRENT_TIMESTAMP, 0)"));
            // an applicant must belong to an organisation
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO account (id, email, display_name, role, status, "
                    + "failed_logins, created_at, version) VALUES (1, 'a@b.org', 'A', 'APPLICANT', 'ACTIVE', 0, CURRENT_TIMESTAMP, 0)"));
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM organisation")) {
                r.next();
                assertEquals(1, r.getLong(1));
            }
        }
    }
}
