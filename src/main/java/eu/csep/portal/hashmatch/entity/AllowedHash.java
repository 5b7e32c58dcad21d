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
import java.time.OffsetDateTime;

/**
 * A hash on a list's allow-list: a known false positive. A query equal to it (exact hashes) or within the
 * list's threshold of it (PDQ) does not match that list.
 */
@Entity
@Table(name = "hash_allow")
@NamedQuery(name = AllowedHash.OF_TYPE, query = "SELECT a FROM AllowedHash a WHERE a.signalType = :type")
@NamedQuery(name = AllowedHash.OF_LIST, query = "SELECT a FROM AllowedHash a WHERE a.listId = :list ORDER BY a.createdAt DESC")
@NamedQuery(name = AllowedHash.FIND, query = "SELECT a FROM AllowedHash a WHERE a.listId = :list AND a.signalType = :type AND a.hashHex = :hex")
public class AllowedHash {

    public static final String OF_TYPE = "AllowedHash.ofType";
    public static final String OF_LIST = "AllowedHash.ofList";
    public static final String FIND = "AllowedHash.find";

    @Id
    @SequenceGenerator(name = "hash_allow_seq", sequenceName = "hash_allow_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hash_allow_seq")
    private Long id;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Enumerated(EnumType.STRING)
    @Column(name = "signal_type", nullable = false, length = 10)
    private SignalType signalType;

    @Column(name = "hash_hex", nullable = false, length = 64)
    private String hashHex;

    @Column(length = 500)
    private String reason;

    @Column(name = "match_log_id")
    private Long matchLogId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    protected AllowedHash() {
    }

    public AllowedHash(long listId, SignalType type, String hash, String reason, Long matchLogId, String by,
            OffsetDateTime now) {
        this.listId = listId;
        this.signalType = type;
        this.hashHex = type.canonical(hash).orElseThrow(() -> new IllegalArgumentException("not a hash: " + hash));
        this.reason = reason;
        this.matchLogId = matchLogId;
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public SignalType getSignalType() {
        return signalType;
    }

    public String getHashHex() {
        return hashHex;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
