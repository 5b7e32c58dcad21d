package eu.csep.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.audit.boundary.AuditTrail;
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

/**
 * A real boundary on plain EclipseLink (RESOURCE_LOCAL) without a container: one EntityManager and transaction per
 * call, as the container gives each request, and stand-ins only for the container's services (the caller).
 */
public final class PlainPersistence {

    private PlainPersistence() {
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
