package eu.csep.portal.reach.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One reach report of a campaign for a period: version 1, or a correction (version n+1) that supersedes the current
 * report(s) of exactly the same period. Superseded reports and their rows stay readable. Its rows live in
 * {@code reach_row}, written in batches by the boundary.
 */
@Entity
@Table(name = "reach_report")
@NamedQuery(name = ReachReport.BY_KEY, query = "SELECT r FROM ReachReport r WHERE r.campaignRef = :c AND r.idempotencyKey = :k")
@NamedQuery(name = ReachReport.OF_CAMPAIGN, query = "SELECT r FROM ReachReport r WHERE r.campaignRef = :c ORDER BY r.periodFrom DESC, r.version DESC")
@NamedQuery(name = ReachReport.SAME_PERIOD, query = "SELECT r FROM ReachReport r WHERE r.campaignRef = :c AND r.periodFrom = :f AND r.periodTo = :t ORDER BY r.version")
public class ReachReport {

    public static final String BY_KEY = "ReachReport.byKey";
    public static final String OF_CAMPAIGN = "ReachReport.ofCampaign";
    public static final String SAME_PERIOD = "ReachReport.samePeriod";
    public static final int KEY_MAX = 100;

    @Id
    @SequenceGenerator(name = "reach_report_seq", sequenceName = "reach_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reach_report_seq")
    private Long id;

    @Column(name = "campaign_ref", nullable = false, updatable = false, length = 60)
    private String campaignRef;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = KEY_MAX)
    private String idempotencyKey;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private boolean correction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Channel channel;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "flagged_rows", nullable = false, updatable = false)
    private int flaggedRows;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 254)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    protected ReachReport() {
    }

    public ReachReport(String campaignRef, String idempotencyKey, String contentHash, LocalDate periodFrom,
            LocalDate periodTo, int version, boolean correction, Channel channel, int rowCount, int flaggedRows,
            String submittedBy, OffsetDateTime submittedAt) {
        this.campaignRef = campaignRef;
        this.idempotencyKey = idempotencyKey;
        this.contentHash = contentHash;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.version = version;
        this.correction = correction;
        this.channel = channel;
        this.rowCount = rowCount;
        this.flaggedRows = flaggedRows;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void supersede(long by) {
        if (supersededBy != null) {
            throw new IllegalStateException("report " + id + " was already superseded");
        }
        supersededBy = by;
    }

    public boolean isCurrent() {
        return supersededBy == null;
    }

    public Long getId() {
        return id;
    }

    public String getCampaignRef() {
        return campaignRef;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getVersion() {
        return version;
    }

    public boolean isCorrection() {
        return correction;
    }

    public Channel getChannel() {
        return channel;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getFlaggedRows() {
        return flaggedRows;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }
}
