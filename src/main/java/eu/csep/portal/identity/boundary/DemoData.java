package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.control.PasswordHashing;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Role;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts for a developer's first start (portal.demo-data=true, set by the README's run command; never in
 * production). Seeds once: nothing happens when any account exists. The logins are printed to the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "Demo-Passw0rd!";

    record Person(String email, String name, Role role, int organisation) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("admin@csep-portal.eu", "Ada Admin", Role.ADMIN, -1),
            new Person("officer@csep-portal.eu", "Olivier Officer", Role.OFFICER, -1),
            new Person("reviewer1@csep-portal.eu", "Rita Reviewer", Role.REVIEWER, -1),
            new Person("reviewer2@csep-portal.eu", "Rolf Reviewer", Role.REVIEWER, -1),
            new Person("hashadmin@csep-portal.eu", "Hana Hashadmin", Role.HASH_ADMIN, -1),
            new Person("anna@voices-of-peace.org", "Anna Lindqvist", Role.APPLICANT, 0),
            new Person("ben@voices-of-peace.org", "Ben Okafor", Role.APPLICANT, 0),
            new Person("clara@counter-narrative.de", "Clara Schmidt", Role.APPLICANT, 1),
            new Person("dario@counter-narrative.de", "Dario Rossi", Role.APPLICANT, 1));

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        if (accounts == 0) {
            List<Organisation> ngos = List.of(
                    new Organisation("Voices of Peace asbl", "BE", "0712.345.678", "voices-of-peace.org"),
                    new Organisation("Counter Narrative Lab e.V.", "DE", "VR 31415", "counter-narrative.de"));
            ngos.forEach(em::persist);
            String hash = passwords.hash(PASSWORD); // one hash for all: demo accounts only
            for (Person p : PEOPLE) {
                em.persist(Account.active(p.email(), p.name(), p.role(), p.organisation() < 0 ? null
                        : ngos.get(p.organisation()), hash));
            }
            audit.recordAs(AuditTrail.SYSTEM, "DEMO_DATA_SEEDED", null, null, null, PEOPLE.size() + " accounts");
        }
        StringBuilder logins = new StringBuilder("Demo logins (password for all: " + PASSWORD + "):");
        PEOPLE.forEach(p -> logins.append(String.format("%n  %-11s %s", p.role(), p.email())));
        LOG.info(logins::toString);
    }
}
