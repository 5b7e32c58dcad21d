package eu.csep.portal.documents.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.documents.entity.Screening;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import eu.csep.portal.testsupport.PlainPersistence;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
        PlainPersistence.onMigratedH2("documents", this::storeScreenAndRefuse);
    }

    @Test
    void onPostgres() throws Exception {
        PlainPersistence.onMigratedPostgres(this::storeScreenAndRefuse);
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
            assertEquals(Digests.sha256(pdf), stored.sha256());
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
            assertEquals(1, PlainPersistence.longValue(dataSource, "SELECT COUNT(*) FROM stored_file"), "refused uploads leave nothing");
            assertEquals(1, PlainPersistence.longValue(dataSource, "SELECT COUNT(*) FROM stored_file_content"));

            inTransaction(emf, d -> {
                d.delete(stored.id());
                return null;
            });
            assertEquals(0, PlainPersistence.longValue(dataSource, "SELECT COUNT(*) FROM stored_file"));
        } finally {
            emf.close();
        }
    }

    private <T> T inTransaction(EntityManagerFactory emf, Function<Documents, T> work) {
        return PlainPersistence.inTransaction(emf, this::documents, work);
    }

    @SuppressWarnings("unchecked")
    private Documents documents(EntityManager em) {
        SecurityContext caller = PlainPersistence.caller("anna@voices-of-peace.org");
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
        documents.audit = PlainPersistence.auditTrail(em, caller);
        return documents;
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
