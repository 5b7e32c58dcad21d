package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.hashmatch.entity.ListSource;
import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.testsupport.PlainPersistence;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The import's multi-row INSERTs on the migrated schema of H2 and PostgreSQL: every column as the entity holds it,
 * ids from the entries' sequence (distinct, after the ones JPA handed out), whole chunks plus a tail, and the list's
 * unique key refusing a hash already there.
 */
class EntryRowsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 22, 5, 0, 0, ZoneOffset.UTC);

    @Test
    void onH2() throws Exception {
        PlainPersistence.onMigratedH2("entryrows", this::insertAndReadBack);
    }

    @Test
    void onPostgres() throws Exception {
        PlainPersistence.onMigratedPostgres(this::insertAndReadBack);
    }

    private void insertAndReadBack(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long listId = 7;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO hash_list (id, name, owner, source, pdq_threshold, enabled, created_at,"
                        + " updated_at, version) VALUES (7, 'Bulk', 'hashadmin@csep-portal.eu', 'IMPORT', 31, TRUE,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
                // as if JPA had handed out ids before: the bulk rows must come after them
                for (int i = 0; i < 5; i++) {
                    s.executeQuery(c.getMetaData().getDatabaseProductName().contains("H2")
                            ? "SELECT NEXT VALUE FOR hash_entry_seq" : "SELECT nextval('hash_entry_seq')").close();
                }
            }
            HashList list = new HashList("Bulk", "hashadmin@csep-portal.eu", ListSource.IMPORT, NOW);
            Random random = new Random(5);
            List<HashEntry> entries = new ArrayList<>();
            int n = 2 * EntryRows.CHUNK + 17;
            for (int i = 0; i < n; i++) {
                boolean pdq = i % 3 != 2;
                HashEntry e = new HashEntry(list, pdq ? SignalType.PDQ : SignalType.MD5,
                        String.format(pdq ? "%064x" : "%032x", new BigInteger(pdq ? 256 : 128, random)),
                        pdq ? 40 + i % 60 : null, "hashadmin@csep-portal.eu", NOW);
                e.annotate(i % 2 == 0 ? "category:terrorist_content glorification" : null, i == 0 ? "EU IRU" : null,
                        null, "imported (HMA CSV line " + (i + 2) + ")", NOW);
                entries.add(e);
            }

            new EntryRows(c).insert(listId, entries);

            Set<Long> ids = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, list_id, signal_type, hash_hex, quality, labels,"
                    + " contributor, external_id, note, enabled, created_at, created_by, updated_at, disabled_at, version"
                    + " FROM hash_entry WHERE hash_hex = ?")) {
                for (HashEntry e : entries) {
                    q.setString(1, e.getHashHex());
                    try (ResultSet r = q.executeQuery()) {
                        assertTrue(r.next(), e.getHashHex());
                        assertTrue(r.getLong("id") > 5, "after the ids JPA had: " + r.getLong("id"));
                        ids.add(r.getLong("id"));
                        assertEquals(listId, r.getLong("list_id"));
                        assertEquals(e.getSignalType().name(), r.getString("signal_type"));
                        assertEquals(e.getQuality(), (Integer) r.getObject("quality", Integer.class));
                        assertEquals(e.getLabels(), r.getString("labels"));
                        assertEquals(e.getContributor(), r.getString("contributor"));
                        assertNull(r.getString("external_id"));
                        assertEquals(e.getNote(), r.getString("note"));
                        assertTrue(r.getBoolean("enabled"));
                        assertEquals(NOW.toInstant(), r.getObject("created_at", OffsetDateTime.class).toInstant());
                        assertEquals(NOW.toInstant(), r.getObject("updated_at", OffsetDateTime.class).toInstant());
                        assertEquals("hashadmin@csep-portal.eu", r.getString("created_by"));
                        assertNull(r.getObject("disabled_at"));
                        assertEquals(1, r.getLong("version"));
                    }
                }
            }
            assertEquals(n, ids.size(), "one id per row");

            // a hash the list already has: the unique key refuses the whole statement
            assertThrows(SQLException.class, () -> new EntryRows(c).insert(listId, entries.subList(0, 1)));
            c.rollback();
        }
    }
}
