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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the portal's migrations exactly as the start-up bean does, on a file H2 (the developer default) and on a
 * real PostgreSQL 17: the whole chain applies, a second run applies nothing, and the schema works.
 */
class FlywayMigrationTest {

    private static final String REACH_HASH = "a".repeat(64);
    private static final String HASH_HASH = "b".repeat(64);

    @TempDir
    Path dir;

    @Test
    void migratesH2FromEmptyAndAgainIsANoOp() throws SQLException {
        assertMigrates(h2(), "h2");
        assertTrue(Files.exists(dir.resolve("portal.mv.db")));
    }

    @Test
    void v15MovesBothKindsOfApiTokensIntoOneTableOnH2() throws SQLException {
        assertTokensMove(h2(), "h2");
    }

    @Test
    void v15MovesBothKindsOfApiTokensIntoOneTableOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            assertTokensMove(ds, "postgresql");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO api_token (id, scope, name, prefix,"
                        + " token_hash, created_at, created_by) VALUES (nextval('api_token_seq'), 'MATCH_HASHES',"
                        + " 'PLATFORM-X', 'hm_', '" + "c".repeat(64) + "', now(), 'x')"), "names are unique per scope");
            }
        }
    }

    private JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("portal").toAbsolutePath());
        h2.setUser("csep");
        h2.setPassword("test");
        return h2;
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

    /**
     * V15: reach's and hashmatch's tokens move into api_token with their hashes; reach ids stay, hash ids move past
     * them (audited), the old tables go, and new ids come after the moved ones.
     */
    private static void assertTokensMove(DataSource ds, String vendor) throws SQLException {
        Flyway before = Flyway.configure().configuration(DatabaseMigration.configure(ds, vendor).getConfiguration())
                .target("14").load();
        before.migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organisation (id, legal_name, country, registration_number, email_domain, created_at, version) "
                    + "VALUES (1, 'Voices of Peace', 'BE', '0712', 'voices.org', CURRENT_TIMESTAMP, 0)");
            s.executeUpdate("INSERT INTO reach_token (id, organisation_id, name, token_hash, created_at, created_by) "
                    + "VALUES (1, 1, 'old', '" + "d".repeat(64) + "', CURRENT_TIMESTAMP, 'anna@voices.org')");
            s.executeUpdate("INSERT INTO reach_token (id, organisation_id, name, token_hash, created_at, created_by) "
                    + "VALUES (2, 1, 'agency', '" + REACH_HASH + "', CURRENT_TIMESTAMP, 'anna@voices.org')");
            s.executeUpdate("INSERT INTO hash_api_token (id, name, token_hash, created_at, created_by, revoked_at, revoked_by) "
                    + "VALUES (1, 'platform-x', '" + HASH_HASH + "', CURRENT_TIMESTAMP, 'h@csep.eu', CURRENT_TIMESTAMP, 'h@csep.eu')");
        }
        DatabaseMigration.configure(ds, vendor).migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertEquals(List.of("1 REPORT_REACH 1 old rt_ active", "2 REPORT_REACH 1 agency rt_ active",
                    "3 MATCH_HASHES null platform-x hm_ revoked"), rows(s, "SELECT id, scope, organisation_id, name,"
                    + " prefix, CASE WHEN revoked_at IS NULL THEN 'active' ELSE 'revoked' END FROM api_token ORDER BY id"));
            assertEquals(List.of("2", "3"), rows(s, "SELECT id FROM api_token WHERE token_hash IN ('" + REACH_HASH
                    + "', '" + HASH_HASH + "') ORDER BY id"), "the secrets' hashes moved: issued tokens keep working");
            assertEquals(List.of("hashtoken.renumber HashApiToken 3 before: id=1 | after: id=3 (hash_api_token moved into api_token)"),
                    rows(s, "SELECT action, target_type, target_id, details FROM audit_entry"));
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM reach_token"));
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM hash_api_token"));
            assertEquals(List.of("4"), rows(s, "SELECT nextval('api_token_seq')"), "new tokens after the moved ones");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO api_token (id, scope, name, prefix,"
                    + " token_hash, created_at, created_by) VALUES (9, 'REPORT_REACH', 'x', 'rt_', '" + "e".repeat(64)
                    + "', CURRENT_TIMESTAMP, 'x')"), "a reach token acts for an organisation");
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                rows.add(row.toString().strip());
            }
        }
        return rows;
    }
}
