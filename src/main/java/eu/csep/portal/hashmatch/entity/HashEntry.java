package eu.csep.portal.hashmatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One hash in a list. Disabling keeps the entry and its history; a disabled entry matches nothing until it is
 * enabled again. The hash text is canonical (lower-case hex of the type's length), checked on construction.
 */
@Entity
@Table(name = "hash_entry")
@NamedQuery(name = HashEntry.FIND, query = "SELECT e FROM HashEntry e WHERE e.list.id = :list AND e.signalType = :type AND e.hashHex = :hex")
@NamedQuery(name = HashEntry.EXACT_MATCHES, query = "SELECT e FROM HashEntry e JOIN FETCH e.list l WHERE e.signalType = :type AND e.hashHex = :hex AND e.enabled = TRUE AND l.enabled = TRUE")
// two plain counts: a CASE over a boolean is rendered "enabled = 1" by EclipseLink, which H2 2.x rejects
@NamedQuery(name = HashEntry.COUNT_BY_LIST, query = "SELECT e.list.id, COUNT(e) FROM HashEntry e GROUP BY e.list.id")
@NamedQuery(name = HashEntry.COUNT_ENABLED_BY_LIST, query = "SELECT e.list.id, COUNT(e) FROM HashEntry e WHERE e.enabled = TRUE GROUP BY e.list.id")
public class HashEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND = "HashEntry.find";
    public static final String EXACT_MATCHES = "HashEntry.exactMatches";
    public static final String COUNT_BY_LIST = "HashEntry.countByList";
    public static final String COUNT_ENABLED_BY_LIST = "HashEntry.countEnabledByList";
    public static final int LABELS_MAX = 500;
    public static final int CONTRIBUTOR_MAX = 200;
    public static final int EXTERNAL_ID_MAX = 200;
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "hash_entry_seq", sequenceName = "hash_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hash_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id")
    private HashList list;

    @Enumerated(EnumType.STRING)
    @Column(name = "signal_type", nullable = false, length = 10)
    private SignalType signalType;

    @Column(name = "hash_hex", nullable = false, length = 64)
    private String hashHex;

    /** PDQ quality 0..100; null for exact hashes and for pasted PDQ hashes whose quality is not known. */
    private Integer quality;

    @Column(length = LABELS_MAX)
    private String labels;

    @Column(length = CONTRIBUTOR_MAX)
    private String contributor;

    @Column(name = "external_id", length = EXTERNAL_ID_MAX)
    private String externalId;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Column(name = "disabled_by", length = 254)
    private String disabledBy;

    @Version
    private long version;

    protected HashEntry() {
    }

    public HashEntry(HashList list, SignalType type, String hash, Integer quality, String createdBy,
            OffsetDateTime now) {
        this.list = list;
        this.signalType = type;
        this.hashHex = type.canonical(hash)
                .orElseThrow(() -> new IllegalArgumentException("not a " + type.code() + " hash: " + hash));
        if (quality != null && (quality < 0 || quality > 100)) {
            throw new IllegalArgumentException("quality must be 0..100");
        }
        this.quality = type.exact() ? null : quality;
        this.enabled = true;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    public void annotate(String labels, String contributor, String externalId, String note, OffsetDateTime now) {
        this.labels = labels;
        this.contributor = contributor;
        this.externalId = externalId;
        this.note = note;
        this.updatedAt = now;
    }

    public void disable(String by, OffsetDateTime now) {
        if (enabled) {
            enabled = false;
            disabledAt = now;
            disabledBy = by;
            updatedAt = now;
        }
    }

    public void enable(OffsetDateTime now) {
        if (!enabled) {
            enabled = true;
            disabledAt = null;
            disabledBy = null;
            updatedAt = now;
        }
    }

    /** PDQ hashes of known quality below 50 are unreliable and take no part in matching. */
    public boolean reliable() {
        return quality == null || quality >= MIN_QUALITY;
    }

    public static final int MIN_QUALITY = 50;

    public String auditText() {
        return "list=" + list.getId() + ", type=" + signalType.code() + ", hash=" + hashHex + ", quality=" + quality
                + ", labels=" + labels + ", contributor=" + contributor + ", externalId=" + externalId
                + ", enabled=" + enabled;
    }

    public Long getId() {
        return id;
    }

    public HashList getList() {
        return list;
    }

    public SignalType getSignalType() {
        return signalType;
    }

    public String getHashHex() {
        return hashHex;
    }

    public Integer getQuality() {
        return quality;
    }

    public String getLabels() {
        return labels;
    }

    public String getContributor() {
        return contributor;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getNote() {
        return note;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledBy() {
        return disabledBy;
    }
}
