package eu.csep.portal.identity.entity;

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
import java.util.Objects;

/**
 * A machine client's API token: it signs in with one {@link ApiTokenScope} and can do nothing else. Only the
 * secret's SHA-256 is stored, with its first characters to recognise it by; revoking is final.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_SCOPE, query = "SELECT t FROM ApiToken t WHERE t.scope = :scope ORDER BY t.id DESC")
@NamedQuery(name = ApiToken.OF_ORGANISATION, query = "SELECT t FROM ApiToken t WHERE t.scope = :scope"
        + " AND t.organisationId = :organisation ORDER BY t.id DESC")
@NamedQuery(name = ApiToken.TOUCH, query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_SCOPE = "ApiToken.ofScope";
    public static final String OF_ORGANISATION = "ApiToken.ofOrganisation";
    public static final String TOUCH = "ApiToken.touch";
    public static final int NAME_MAX = 100;
    /** How much of the secret is kept in clear to recognise it by: the scope's prefix and five more characters. */
    public static final int SHOWN_CHARACTERS = 8;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ApiTokenScope scope;

    /** The organisation the token acts for (scopes that are per organisation), else null. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @Column(nullable = false, length = 12, updatable = false)
    private String prefix;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(ApiTokenScope scope, Long organisationId, String name, String secret, String tokenHash,
            String createdBy, OffsetDateTime now) {
        this.scope = Objects.requireNonNull(scope);
        if (scope.perOrganisation() != (organisationId != null)) {
            throw new IllegalArgumentException(scope + (scope.perOrganisation() ? " tokens act for an organisation"
                    : " tokens act for no organisation"));
        }
        if (!secret.startsWith(scope.secretPrefix()) || secret.length() <= SHOWN_CHARACTERS) {
            throw new IllegalArgumentException("not a " + scope + " secret");
        }
        this.organisationId = organisationId;
        this.name = Objects.requireNonNull(name);
        this.prefix = secret.substring(0, SHOWN_CHARACTERS);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
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
        return scope.callerName(this);
    }

    public Long getId() {
        return id;
    }

    public ApiTokenScope getScope() {
        return scope;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    /** The secret's first characters (for tokens from before they were kept: the scope's prefix only). */
    public String getPrefix() {
        return prefix;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** When the token last signed a request in, to the nearest few minutes; null if never. */
    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
