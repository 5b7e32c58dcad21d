package eu.csep.portal.hashmatch.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.shared.boundary.DatabaseMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V2__hashmatch.sql on H2 (the integration tests run it on PostgreSQL): tables, sequences, constraints. */
class HashMatchMigrationTest {

    @Test
    void migratesOnH2AndGuardsUniquenessAndTypes() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:hashmatch-migration;DB_CLOSE_DELAY=-1");
        DatabaseMigration.configure(ds, "h2").migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO hash_list (id, name, owner, source, pdq_threshold, enabled, created_at, updated_at, version)"
                    + " VALUES (NEXT VALUE FOR hash_list_seq, 'a', 'x', 'MANUAL', 31, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            String entry = "INSERT INTO hash_entry (id, list_id, signal_type, hash_hex, enabled, created_at, created_by, updated_at, version)"
                    + " VALUES (NEXT VALUE FOR hash_entry_seq, 1, '%s', '%s', TRUE, CURRENT_TIMESTAMP, 'x', CURRENT_TIMESTAMP, 0)";
            s.execute(String.format(entry, "MD5", "0".repeat(32)));
            assertThrows(SQLException.class, () -> s.execute(String.format(entry, "MD5", "0".repeat(32))),
                    "one hash once per list and type");
            assertThrows(SQLException.class, () -> s.execute(String.format(entry, "PHASH", "1".repeat(32))));
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO hash_list (id, name, owner, source, pdq_threshold, enabled, created_at, updated_at, version)"
                    + " VALUES (NEXT VALUE FOR hash_list_seq, 'a', 'x', 'MANUAL', 31, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"),
                    "list names are unique");
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM match_log")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM hash_allow")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
