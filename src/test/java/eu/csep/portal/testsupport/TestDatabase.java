package eu.csep.portal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Read-only look into the PostgreSQL the portal under test uses, to assert what was (not) stored. Test data is
 * never written here: it goes through the portal.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static long count(String table) throws SQLException {
        return Long.parseLong(value("SELECT COUNT(*) FROM " + table));
    }

    /** The first column of the first row, as text; null when there is no row. */
    public static String value(String sql, Object... parameters) throws SQLException {
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
