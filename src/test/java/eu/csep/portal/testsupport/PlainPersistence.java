package eu.csep.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real boundary on plain EclipseLink (RESOURCE_LOCAL) without a container: one EntityManager and transaction per
 * call, as the container gives each request, and stand-ins only for the container's services (the caller).
 */
public final class PlainPersistence {

    private PlainPersistence() {
    }

    /** Work on a database, which may fail with anything. */
    @FunctionalInterface
    public interface DatabaseWork {
        void run(DataSource database) throws Exception;
    }

    /** Runs the work on an in-memory H2 database of this name with the portal's schema migrated in. */
    public static void onMigratedH2(String name, DatabaseWork work) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        DatabaseMigration.configure(h2, "h2").migrate();
        work.run(h2);
    }

    /** Runs the work on a fresh embedded PostgreSQL with the portal's schema migrated in, stopped afterwards. */
    public static void onMigratedPostgres(DatabaseWork work) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource postgres = pg.getPostgresDatabase();
            DatabaseMigration.configure(postgres, "postgresql").migrate();
            work.run(postgres);
        }
    }

    /** Runs one call in its own EntityManager and transaction; an exception rolls it back. */
    public static <B, T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, B> boundary,
            Function<B, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(boundary.apply(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** A security context whose caller is always the given name. */
    public static SecurityContext caller(String name) {
        return (SecurityContext) Proxy.newProxyInstance(PlainPersistence.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return (Principal) () -> name;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The real audit trail on the same EntityManager, in the caller's name. */
    public static AuditTrail auditTrail(EntityManager em, SecurityContext caller) {
        AuditTrail audit = new AuditTrail();
        inject(audit, "em", em);
        inject(audit, "securityContext", caller);
        return audit;
    }

    /** Sets a field the container would inject. */
    public static void inject(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query that must return one. */
    public static long longValue(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }
}
