package eu.csep.portal.identity.control;

import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountToken;
import eu.csep.portal.identity.entity.TokenPurpose;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Issues and redeems one-time links inside the calling boundary's transaction. */
@Dependent
public class AccountTokens {

    @PersistenceContext
    EntityManager em;

    /** Issues a fresh token for the purpose; earlier open tokens for the same purpose stop working. */
    public String issue(Account account, TokenPurpose purpose) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class).setParameter("account", account)
                .setParameter("purpose", purpose).getResultList().forEach(t -> t.use(now));
        String token = OneTimeTokens.newToken();
        em.persist(new AccountToken(account, purpose, OneTimeTokens.hash(token), now));
        return token;
    }

    /** The valid token's account, without using the token up (to show a form). */
    public Account peek(String token, TokenPurpose purpose) {
        return find(token, purpose, false).getAccount();
    }

    /** Marks the token used and returns its account; a used, expired or unknown token is refused. */
    public Account redeem(String token, TokenPurpose purpose) {
        AccountToken found = find(token, purpose, true);
        found.use(OffsetDateTime.now(ZoneOffset.UTC));
        return found.getAccount();
    }

    private AccountToken find(String token, TokenPurpose purpose, boolean forUpdate) {
        if (!OneTimeTokens.isWellFormed(token)) {
            throw Refusal.invalid("token", "token.invalid");
        }
        var query = em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", OneTimeTokens.hash(token));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        AccountToken found = query.getResultStream().findFirst()
                .orElseThrow(() -> Refusal.invalid("token", "token.invalid"));
        if (!found.isUsableAt(OffsetDateTime.now(ZoneOffset.UTC), purpose)) {
            throw Refusal.invalid("token", "token.expired");
        }
        return found;
    }
}
