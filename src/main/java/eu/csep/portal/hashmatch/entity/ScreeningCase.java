package eu.csep.portal.hashmatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A portal upload that matched a hash list: the file is quarantined until a hash admin releases it (a false
 * alarm) or confirms it (it stays blocked). One case per file; decided once, with a reason.
 */
@Entity
@Table(name = "screening_case")
@NamedQuery(name = ScreeningCase.BY_STATUS,
        query = "SELECT c FROM ScreeningCase c WHERE c.status = :status ORDER BY c.createdAt, c.id")
@NamedQuery(name = ScreeningCase.ALL, query = "SELECT c FROM ScreeningCase c ORDER BY c.createdAt DESC, c.id DESC")
public class ScreeningCase {

    public static final String BY_STATUS = "ScreeningCase.byStatus";
    public static final String ALL = "ScreeningCase.all";
    public static final int REASON_MAX = 2000;

    /** OPEN: the file is quarantined; RELEASED: available again; BLOCKED: the match was confirmed. */
    public enum Status { OPEN, RELEASED, BLOCKED }

    @Id
    @SequenceGenerator(name = "screening_case_seq", sequenceName = "screening_case_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_case_seq")
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(nullable = false, length = 100)
    private String purpose;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 32)
    private String md5;

    @Column(length = 64)
    private String pdq;

    @Column(name = "pdq_quality")
    private Integer pdqQuality;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "match_log_id")
    private Long matchLogId;

    /** Human-readable: "list name: entry N (type, distance D, variant V); ...". */
    @Column(nullable = false, length = 4000)
    private String matches;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(length = REASON_MAX)
    private String reason;

    @Version
    private long version;

    protected ScreeningCase() {
    }

    public ScreeningCase(long fileId, String purpose, Long organisationId, String filename, String contentType,
            String sha256, String md5, String pdq, Integer pdqQuality, String uploadedBy, Long matchLogId,
            String matches, OffsetDateTime now) {
        this.fileId = fileId;
        this.purpose = cut(Objects.requireNonNull(purpose), 100);
        this.organisationId = organisationId;
        this.filename = cut(filename == null || filename.isBlank() ? "(no name)" : filename, 255);
        this.contentType = cut(contentType, 100);
        this.sha256 = Objects.requireNonNull(sha256);
        this.md5 = Objects.requireNonNull(md5);
        this.pdq = pdq;
        this.pdqQuality = pdqQuality;
        this.uploadedBy = cut(uploadedBy == null ? "unknown" : uploadedBy, 254);
        this.matchLogId = matchLogId;
        this.matches = cut(Objects.requireNonNull(matches), 4000);
        this.status = Status.OPEN;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Decides an open case once; a reason is required (the caller validates its text). */
    public void decide(Status decision, String by, String why, OffsetDateTime now) {
        if (decision == null || decision == Status.OPEN) {
            throw new IllegalArgumentException("a decision releases or blocks");
        }
        if (status != Status.OPEN) {
            throw new IllegalStateException("case " + id + " is already " + status);
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        this.status = decision;
        this.decidedBy = Objects.requireNonNull(by);
        this.reason = cut(why.strip(), REASON_MAX);
        this.decidedAt = Objects.requireNonNull(now);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String auditText() {
        return "file=" + fileId + ", status=" + status + (decidedBy == null ? "" : ", decidedBy=" + decidedBy)
                + (reason == null ? "" : ", reason=" + reason);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
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

    public String getSha256() {
        return sha256;
    }

    public String getMd5() {
        return md5;
    }

    public String getPdq() {
        return pdq;
    }

    public Integer getPdqQuality() {
        return pdqQuality;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Long getMatchLogId() {
        return matchLogId;
    }

    public String getMatches() {
        return matches;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
