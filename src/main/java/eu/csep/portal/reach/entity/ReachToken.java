package eu.csep.portal.reach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An organisation's token for the reach API: it reports reach for that organisation's campaigns and does nothing
 * else. Only its SHA-256 is stored; revoking is final.
 */
@Entity
@Table(name = "reach_token")
@NamedQuery(name = ReachToken.BY_HASH, query = "SELECT t FROM ReachToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ReachToken.OF_ORGANISATION, query = "SELECT t FROM ReachToken t WHERE t.organisationId = :o ORDER BY t.id DESC")
public class ReachToken {

    public static final String BY_HASH = "ReachToken.byHash";
    public static final String OF_ORGANISATION = "ReachToken.ofOrganisation";
    /** Every reach token's secret starts with this, so the identity stores tell their tokens apart. */
    public static final String SECRET_PREFIX = "rt_";
    /** The caller name a token signs in as: this prefix and the token's id. */
    public static final String CALLER_PREFIX = "reach-token:";

    @Id
    @SequenceGenerator(name = "reach_token_seq", sequenceName = "reach_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reach_token_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    protected ReachToken() {
    }

    public ReachToken(long organisationId, String name, String tokenHash, String createdBy, OffsetDateTime now) {
        this.organisationId = organisationId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(String by, OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String callerName() {
        return CALLER_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
