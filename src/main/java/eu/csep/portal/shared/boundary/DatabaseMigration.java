package eu.csep.portal.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Flyway takes a database lock, so several cluster
 * nodes starting at once migrate exactly once. Vendor-specific scripts (e.g. the PostgreSQL trigger that keeps
 * the audit log append-only) live beside the common ones.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = configure(dataSource, vendorOf(dataSource));
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** The Flyway set-up, shared with the migration tests so they run exactly what production runs. */
    public static Flyway configure(DataSource dataSource, String vendor) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(false)
                .load();
    }

    static String vendorOf(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return vendorOf(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    /** "postgresql" or "h2": the name of the database's migration folder, also for the few statements that differ. */
    public static String vendorOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : "h2";
    }
}
