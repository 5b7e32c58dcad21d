package eu.csep.portal.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A file uploaded to the portal: what it is (detected, not claimed), its hashes and its screening outcome. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int FILENAME_LENGTH = 255;
    public static final int NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = FILENAME_LENGTH)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 32)
    private String md5;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Screening screening;

    @Column(name = "screening_note", length = NOTE_LENGTH)
    private String screeningNote;

    @Column(name = "screened_at")
    private OffsetDateTime screenedAt;

    @Version
    private long version;

    protected StoredFile() {
    }

    public StoredFile(String purpose, Long organisationId, String filename, String contentType, long size,
            String sha256, String md5, String uploadedBy, Instant now) {
        this.purpose = purpose;
        this.organisationId = organisationId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.md5 = md5;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.screening = Screening.PENDING;
    }

    /** Records a screening outcome; a blocked file stays blocked (the decision is final). */
    public void screened(Screening outcome, String note, Instant now) {
        if (screening == Screening.BLOCKED) {
            throw new IllegalStateException("file " + id + " is blocked for good");
        }
        this.screening = outcome;
        this.screeningNote = note == null ? null
                : note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) : note;
        this.screenedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMd5() {
        return md5;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public Screening getScreening() {
        return screening;
    }

    public String getScreeningNote() {
        return screeningNote;
    }

    public OffsetDateTime getScreenedAt() {
        return screenedAt;
    }
}
