package eu.csep.portal.documents.boundary;

import eu.csep.portal.documents.entity.Screening;
import eu.csep.portal.documents.entity.StoredFile;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** What the portal knows about a stored file, without its bytes. */
public record StoredFileInfo(long id, String purpose, Long organisationId, String filename, String contentType,
        long size, String sha256, String md5, String uploadedBy, Instant uploadedAt, Screening screening,
        String screeningNote) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static StoredFileInfo of(StoredFile f) {
        return new StoredFileInfo(f.getId(), f.getPurpose(), f.getOrganisationId(), f.getFilename(),
                f.getContentType(), f.getSize(), f.getSha256(), f.getMd5(), f.getUploadedBy(),
                f.getUploadedAt().toInstant(), f.getScreening(), f.getScreeningNote());
    }

    /** Whether its bytes may be handed out: not withheld by hash screening. */
    public boolean available() {
        return screening.available();
    }
}
