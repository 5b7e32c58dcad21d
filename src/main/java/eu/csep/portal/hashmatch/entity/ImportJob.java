package eu.csep.portal.hashmatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The status of a long import, kept in the database so that whichever cluster node a hash admin's browser talks
 * to can show its progress. The node running the import updates it every second or so; a RUNNING job whose
 * last update is older than {@link #STALE} was cut off (its node stopped) and counts as failed.
 */
@Entity
@Table(name = "hash_import_job")
public class ImportJob {

    public static final Duration STALE = Duration.ofMinutes(2);
    public static final int OUTCOME_MAX = 4000;

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @SequenceGenerator(name = "hash_import_job_seq", sequenceName = "hash_import_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hash_import_job_seq")
    private Long id;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(nullable = false, length = 20)
    private String format;

    @Column(nullable = false, length = 20)
    private String mode;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @Column(name = "read_bytes", nullable = false)
    private long readBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** The result (counts) or why it failed, as shown to the admin; bad lines one per text line. */
    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected ImportJob() {
    }

    public ImportJob(long listId, String filename, String format, String mode, long totalBytes, String startedBy,
            OffsetDateTime now) {
        this.listId = listId;
        this.filename = filename == null || filename.isBlank() ? "(upload)"
                : filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
        this.format = Objects.requireNonNull(format);
        this.mode = Objects.requireNonNull(mode);
        this.totalBytes = Math.max(0, totalBytes);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = now;
        this.updatedAt = now;
        this.status = Status.RUNNING;
    }

    public void progress(long bytes, OffsetDateTime now) {
        if (status == Status.RUNNING) {
            readBytes = Math.max(readBytes, Math.min(bytes, totalBytes));
            updatedAt = now;
        }
    }

    public void finish(boolean ok, String text, OffsetDateTime now) {
        if (status != Status.RUNNING) {
            return;
        }
        status = ok ? Status.DONE : Status.FAILED;
        if (ok) {
            readBytes = totalBytes;
        }
        outcome = text == null || text.length() <= OUTCOME_MAX ? text : text.substring(0, OUTCOME_MAX - 3) + "...";
        updatedAt = now;
        finishedAt = now;
    }

    /** 0..100; 99 at most until the import has committed. */
    public int percent() {
        if (status != Status.RUNNING) {
            return 100;
        }
        return totalBytes == 0 ? 0 : (int) Math.min(99, readBytes * 100 / totalBytes);
    }

    /** Still RUNNING on paper but silent for too long: its node stopped. */
    public boolean stale(OffsetDateTime now) {
        return status == Status.RUNNING && updatedAt.plus(STALE).isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public String getFilename() {
        return filename;
    }

    public String getFormat() {
        return format;
    }

    public String getMode() {
        return mode;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public long getReadBytes() {
        return readBytes;
    }

    public Status getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
