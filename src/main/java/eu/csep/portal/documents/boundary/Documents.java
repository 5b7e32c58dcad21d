package eu.csep.portal.documents.boundary;

import eu.csep.portal.documents.control.FileTypes;
import eu.csep.portal.documents.entity.Screening;
import eu.csep.portal.documents.entity.StoredFile;
import eu.csep.portal.documents.entity.StoredFileContent;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores uploaded files and hands their bytes out while hash screening allows it. Open to every caller: the
 * component that stores a file (calls, reach) decides who may upload and read it, and is the only one that knows
 * the file's id. Hash admins read withheld files through {@link #contentForScreening}.
 */
@Stateless
@PermitAll
public class Documents {

    /** Default per-file limit: 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Event<FileUploaded> uploaded;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /**
     * Keeps a file after checking it is not empty, within the size limit and of an allowed type (detected from the
     * bytes), then announces it for screening within the same transaction.
     */
    public StoredFileInfo store(Upload upload) {
        byte[] content = upload.content();
        if (content.length == 0) {
            throw Refusal.invalid("file", "documents.empty");
        }
        if (content.length > maxBytes) {
            throw Refusal.invalid("file", "documents.tooLarge", megabytes(maxBytes));
        }
        String filename = displayName(upload.filename());
        String type = new FileTypes().detect(content, filename);
        if (!upload.allowedTypes().contains(type)) {
            throw Refusal.invalid("file", "documents.typeNotAllowed", type,
                    String.join(", ", upload.allowedTypes().stream().sorted().toList()));
        }
        StoredFile file = new StoredFile(upload.purpose(), upload.organisationId(), filename, type, content.length,
                Digests.sha256(content), Digests.md5(content), caller(), clock.instant());
        em.persist(file);
        em.flush();
        em.persist(new StoredFileContent(file.getId(), content));
        audit.record("documents.stored", "stored_file", file.getId(), upload.organisationId(),
                upload.purpose() + " " + filename + " " + type + " sha256=" + file.getSha256());
        uploaded.fire(new FileUploaded(file.getId(), file.getPurpose(), file.getOrganisationId(), filename, type,
                file.getSha256(), file.getMd5(), content));
        return StoredFileInfo.of(em.find(StoredFile.class, file.getId()));
    }

    public StoredFileInfo info(long id) {
        return StoredFileInfo.of(file(id));
    }

    public List<StoredFileInfo> infos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.id IN :ids ORDER BY f.id", StoredFile.class)
                .setParameter("ids", ids).getResultStream().map(StoredFileInfo::of).toList();
    }

    /** The bytes of a file that screening has not withheld. */
    public byte[] content(long id) {
        StoredFile file = file(id);
        if (!file.getScreening().available()) {
            throw Refusal.conflict("file", "documents.quarantined", file.getFilename());
        }
        return bytes(id);
    }

    /** The bytes whatever screening decided, for the hash admin who reviews a match. */
    @RolesAllowed("MANAGE_HASHES")
    public byte[] contentForScreening(long id) {
        file(id);
        return bytes(id);
    }

    /** Records hash screening's outcome for a file (hashmatch calls this while screening and when deciding). */
    public void screened(long id, Screening outcome, String note) {
        StoredFile file = file(id);
        if (file.getScreening() == Screening.BLOCKED) {
            throw Refusal.conflict(null, "documents.blocked", file.getFilename());
        }
        file.screened(outcome, note, clock.instant());
        audit.record("documents.screened", "stored_file", id, file.getOrganisationId(),
                outcome + (note == null ? "" : ": " + note));
    }

    /** Removes a file nothing refers to any more (e.g. an attachment replaced in a draft). */
    public void delete(long id) {
        StoredFile file = file(id);
        Optional.ofNullable(em.find(StoredFileContent.class, id)).ifPresent(em::remove);
        em.remove(file);
        audit.record("documents.deleted", "stored_file", id, file.getOrganisationId(), file.getFilename());
    }

    private StoredFile file(long id) {
        StoredFile file = em.find(StoredFile.class, id);
        if (file == null) {
            throw Refusal.notFound("documents.unknown");
        }
        return file;
    }

    private byte[] bytes(long id) {
        return em.find(StoredFileContent.class, id).content();
    }

    private String caller() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? AuditTrail.ANONYMOUS : principal.getName();
    }

    private static String displayName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > StoredFile.FILENAME_LENGTH ? name.substring(name.length() - StoredFile.FILENAME_LENGTH)
                : name;
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
