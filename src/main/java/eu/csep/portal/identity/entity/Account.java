package eu.csep.portal.identity.entity;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who signs in. Applicants belong to exactly one organisation; staff to none. The account guards its
 * own log-in rules: status, failed attempts and lock-out.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.MEMBERS, query = "SELECT a FROM Account a WHERE a.organisation.id = :organisation ORDER BY a.displayName")
@NamedQuery(name = Account.STAFF, query = "SELECT a FROM Account a WHERE a.organisation IS NULL ORDER BY a.role, a.displayName")
public class Account implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String MEMBERS = "Account.members";
    public static final String STAFF = "Account.staff";
    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "preferred_locale", length = 5)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String displayName, Role role, Organisation organisation, AccountStatus status) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = Objects.requireNonNull(role);
        this.organisation = organisation;
        this.status = status;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        if ((role == Role.APPLICANT) != (organisation != null)) {
            throw new IllegalArgumentException("Applicants belong to an organisation; staff to none");
        }
    }

    /** A member who registered the organisation and must confirm the address before signing in. */
    public static Account registered(String email, String displayName, Organisation organisation, String passwordHash) {
        Account account = new Account(email, displayName, Role.APPLICANT, organisation, AccountStatus.UNCONFIRMED);
        account.passwordHash = passwordHash;
        return account;
    }

    /** A person invited by e-mail, who chooses a password when accepting. */
    public static Account invited(String email, String displayName, Role role, Organisation organisation) {
        return new Account(email, displayName, role, organisation, AccountStatus.INVITED);
    }

    /** An account created ready to use (demo data). */
    public static Account active(String email, String displayName, Role role, Organisation organisation,
            String passwordHash) {
        Account account = new Account(email, displayName, role, organisation, AccountStatus.ACTIVE);
        account.passwordHash = passwordHash;
        return account;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void confirmEmail() {
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void acceptInvitation(String displayName, String newPasswordHash) {
        if (status != AccountStatus.INVITED) {
            throw new IllegalStateException("Only an invited account accepts an invitation");
        }
        this.displayName = displayName.strip();
        this.passwordHash = newPasswordHash;
        this.status = AccountStatus.ACTIVE;
    }

    /** A password set through a reset link; it also proves the address, so an unconfirmed account is confirmed. */
    public void resetPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        confirmEmail();
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed attempt; returns true when this attempt locked the account. */
    public boolean recordFailedLogin(OffsetDateTime now, int maxAttempts, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            failedLogins = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void preferLocale(Locale locale) {
        this.preferredLocale = locale == null ? null : locale.getLanguage();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
