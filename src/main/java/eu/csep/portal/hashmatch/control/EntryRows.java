package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes new hash entries of an import as multi-row INSERTs of up to {@value #CHUNK} rows, on a connection the caller
 * owns (inside its transaction). Through JPA every entry cost two round trips to the database (its id from the
 * sequence, its INSERT), which held a 1,000,000-line import at ~2,500 lines/s; here a chunk is one statement and ids
 * come from the same sequence inside it. The entries are built (and checked) by {@link HashEntry}'s constructor and
 * {@code annotate} as usual; only the INSERT is written here. H2 and PostgreSQL differ only in the sequence call.
 */
public final class EntryRows {

    public static final int CHUNK = 250;
    private static final String COLUMNS = "(id, list_id, signal_type, hash_hex, quality, labels, contributor, external_id,"
            + " note, enabled, created_at, created_by, updated_at, version)";

    private final Connection connection;
    private final String nextId;

    public EntryRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.nextId = DatabaseMigration.vendorOf(connection).equals("postgresql") ? "nextval('hash_entry_seq')"
                : "NEXT VALUE FOR hash_entry_seq";
    }

    /** Inserts the (not persisted) entries of one list; they must be new to the list (its unique key refuses others). */
    public void insert(long listId, List<HashEntry> entries) throws SQLException {
        int full = entries.size() / CHUNK * CHUNK;
        if (full > 0) {
            try (PreparedStatement ps = connection.prepareStatement(sql(CHUNK))) {
                for (int start = 0; start < full; start += CHUNK) {
                    bind(ps, listId, entries.subList(start, start + CHUNK));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (full < entries.size()) {
            try (PreparedStatement ps = connection.prepareStatement(sql(entries.size() - full))) {
                bind(ps, listId, entries.subList(full, entries.size()));
                ps.executeUpdate();
            }
        }
    }

    private String sql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO hash_entry ").append(COLUMNS).append(" VALUES ");
        String values = "(" + nextId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(values);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, long listId, List<HashEntry> entries) throws SQLException {
        int p = 0;
        for (HashEntry e : entries) {
            ps.setLong(++p, listId);
            ps.setString(++p, e.getSignalType().name());
            ps.setString(++p, e.getHashHex());
            if (e.getQuality() == null) {
                ps.setNull(++p, Types.INTEGER);
            } else {
                ps.setInt(++p, e.getQuality());
            }
            ps.setString(++p, e.getLabels());
            ps.setString(++p, e.getContributor());
            ps.setString(++p, e.getExternalId());
            ps.setString(++p, e.getNote());
            ps.setBoolean(++p, e.isEnabled());
            ps.setObject(++p, e.getCreatedAt());
            ps.setString(++p, e.getCreatedBy());
            ps.setObject(++p, e.getUpdatedAt());
        }
    }
}
