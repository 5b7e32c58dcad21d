package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.LoginOutcome;
import eu.csep.portal.identity.control.LoginOutcome.Result;
import eu.csep.portal.identity.control.PasswordHashing;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a log-in attempt against the stored PBKDF2 hash and applies the lock-out rule: after
 * security.lockout.attempts failures in a row the account is locked for security.lockout.minutes. The count
 * lives in the database row (locked for update), so it holds across cluster nodes and concurrent attempts.
 */
@Stateless
@PermitAll
public class Authenticator {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "security.lockout.attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    public LoginOutcome authenticate(String rawEmail, String password) {
        String email = rawEmail == null ? "" : Account.normaliseEmail(rawEmail);
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (account == null || password == null) {
            passwords.verify(password == null ? "" : password, null);
            audit.record("LOGIN_FAILED", "Account", null, null, "unknown e-mail " + abbreviate(email));
            return LoginOutcome.refused(Result.BAD_CREDENTIALS, email, 0);
        }
        if (account.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.getLockedUntil()).toMinutes() + 1);
            audit.recordAs(email, "LOGIN_REFUSED_LOCKED", "Account", account.getId(), orgOf(account), null);
            return LoginOutcome.refused(Result.LOCKED, email, minutes);
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailedLogin(now, maxAttempts, Duration.ofMinutes(lockoutMinutes));
            audit.recordAs(email, lockedNow ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", "Account", account.getId(),
                    orgOf(account), null);
            return lockedNow ? LoginOutcome.refused(Result.LOCKED, email, lockoutMinutes)
                    : LoginOutcome.refused(Result.BAD_CREDENTIALS, email, 0);
        }
        // the password was right: only now may we tell what else stands in the way
        if (account.getStatus() == AccountStatus.UNCONFIRMED) {
            return LoginOutcome.refused(Result.UNCONFIRMED, email, 0);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            return LoginOutcome.refused(Result.NOT_ACTIVE, email, 0);
        }
        account.recordSuccessfulLogin();
        audit.recordAs(email, "LOGIN", "Account", account.getId(), orgOf(account), null);
        return LoginOutcome.signedIn(email, account.getRole().groups());
    }

    private static Long orgOf(Account account) {
        return account.getOrganisation() == null ? null : account.getOrganisation().getId();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
