package eu.csep.portal.documents.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.documents.control.FileTypes;
import eu.csep.portal.documents.entity.Screening;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.DatabaseMigration;
import eu.csep.portal.shared.boundary.Refusal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The real {@link Documents} boundary on plain EclipseLink against H2 and PostgreSQL (the bytes column is BYTEA on
 * both): stored bytes come back identical, the upload event carries them, screening withholds them, and a refused
 * upload leaves no row behind. Only the container's services are stand-ins (caller, event sink).
 */
class DocumentsStorageTest {

    private static final Set<String> PDF_ONLY = Set.of("application/pdf");

    private final List<FileUploaded> announced = new ArrayList<>();

    @Test
    void onH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1");
        DatabaseMigration.configure(h2, "h2").migrate();
        storeScreenAndRefuse(h2);
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource postgres = pg.getPostgresDatabase();
            DatabaseMigration.configure(postgres, "postgresql").migrate();
            storeScreenAndRefuse(postgres);
        }
    }

    private void storeScreenAndRefuse(DataSource dataSource) throws Exception {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("documents-test", Map.of(
                "eclipselink.persistencexml", "META-INF/documents-test-persistence.xml",
                "jakarta.persistence.nonJtaDataSource", dataSource));
        try {
            byte[] pdf = pdf();
            StoredFileInfo stored = inTransaction(emf, d -> d.store(
                    new Upload("proposal-attachment", null, "C:\\Users\\anna\\Narrative annex.pdf", pdf, PDF_ONLY)));
            assertEquals("Narrative annex.pdf", stored.filename(), "only the name, never the uploader's path");
            assertEquals("application/pdf", stored.contentType());
            assertEquals(pdf.length, stored.size());
            assertEquals(FileTypes.sha256(pdf), stored.sha256());
            assertEquals(Screening.PENDING, stored.screening());
            assertEquals(1, announced.size());
            assertEquals(stored.id(), announced.get(0).fileId());
            assertArrayEquals(pdf, announced.get(0).content());
            assertArrayEquals(pdf, inTransaction(emf, d -> d.content(stored.id())));

            inTransaction(emf, d -> {
                d.screened(stored.id(), Screening.QUARANTINED, "matched list 'Known propaganda' at distance 4");
                return null;
            });
            Refusal withheld = assertThrows(Refusal.class, () -> inTransaction(emf, d -> d.content(stored.id())));
            assertEquals("documents.quarantined", withheld.messageKey());
            inTransaction(emf, d -> {
                d.screened(stored.id(), Screening.BLOCKED, "confirmed");
                return null;
            });
            assertEquals("documents.blocked", assertThrows(Refusal.class, () -> inTransaction(emf, d -> {
                d.screened(stored.id(), Screening.RELEASED, "changed my mind");
                return null;
            })).messageKey());

            byte[] text = "not a pdf".getBytes(StandardCharsets.UTF_8);
            Refusal wrongType = assertThrows(Refusal.class, () -> inTransaction(emf, d -> d.store(
                    new Upload("proposal-attachment", null, "fake.pdf", text, PDF_ONLY))));
            assertEquals("documents.typeNotAllowed", wrongType.messageKey());
            assertEquals("text/plain", wrongType.arguments()[0]);
            Refusal tooLarge = assertThrows(Refusal.class, () -> inTransaction(emf, d -> {
                d.maxBytes = pdf.length - 1;
                return d.store(new Upload("proposal-attachment", null, "annex.pdf", pdf, PDF_ONLY));
            }));
            assertEquals("documents.tooLarge", tooLarge.messageKey());
            assertEquals("documents.empty", assertThrows(Refusal.class, () -> inTransaction(emf, d -> d.store(
                    new Upload("proposal-attachment", null, "empty.pdf", new byte[0], PDF_ONLY)))).messageKey());
            assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM stored_file"), "refused uploads leave nothing");
            assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM stored_file_content"));

            inTransaction(emf, d -> {
                d.delete(stored.id());
                return null;
            });
            assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM stored_file"));
        } finally {
            emf.close();
        }
    }

    private <T> T inTransaction(EntityManagerFactory emf, Function<Documents, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(documents(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @SuppressWarnings("unchecked")
    private Documents documents(EntityManager em) {
        SecurityContext caller = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return (Principal) () -> "anna@voices-of-peace.org";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Documents documents = new Documents();
        documents.em = em;
        documents.security = caller;
        documents.clock = Clock.systemUTC();
        documents.maxBytes = Documents.DEFAULT_MAX_BYTES;
        documents.uploaded = (Event<FileUploaded>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        announced.add((FileUploaded) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        AuditTrail audit = new AuditTrail();
        set(audit, "em", em);
        set(audit, "securityContext", caller);
        documents.audit = audit;
        return documents;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
