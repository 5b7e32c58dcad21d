package eu.csep.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A one-time link (e-mail confirmation, invitation, password reset). Only the token's SHA-256 is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.OPEN_FOR, query = "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_FOR = "AccountToken.openFor";

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, OffsetDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsableAt(OffsetDateTime now, TokenPurpose expected) {
        return purpose == expected && usedAt == null && expiresAt.isAfter(now);
    }

    public void use(OffsetDateTime now) {
        this.usedAt = now;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
