package eu.csep.portal.identity.control;

import eu.csep.portal.identity.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Account look-ups shared by the identity boundaries, inside the calling boundary's transaction. */
@Dependent
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }
}
