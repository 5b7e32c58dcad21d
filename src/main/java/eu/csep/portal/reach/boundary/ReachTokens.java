package eu.csep.portal.reach.boundary;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.reach.entity.ReachToken;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reporting tokens: an NGO member creates and revokes them for the own organisation (audited); the secret is shown
 * once and only its SHA-256 is stored. A token signs in as "reach-token:&lt;id&gt;" holding REPORT_REACH only,
 * for the campaigns of the organisation that created it.
 */
@Stateless
@RolesAllowed("APPLY")
public class ReachTokens {

    public record Issued(ReachToken token, String secret) {
    }

    public static final int NAME_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    public Issued issue(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX || n.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("name", "reach.token.name", NAME_MAX);
        }
        long organisation = organisation();
        if (mine().stream().anyMatch(t -> t.getName().equalsIgnoreCase(n))) {
            throw Refusal.conflict("name", "reach.token.nameTaken", n);
        }
        String secret = Digests.newSecret(ReachToken.SECRET_PREFIX);
        ReachToken token = new ReachToken(organisation, n, Digests.sha256(secret), directory.caller().getEmail(), now());
        em.persist(token);
        em.flush();
        audit.record("reach.token-issue", "reach_token", token.getId(), organisation, "after: name=" + n + ", active=true");
        return new Issued(token, secret);
    }

    public ReachToken revoke(long id) {
        ReachToken token = em.find(ReachToken.class, id);
        if (token == null || token.getOrganisationId() != organisation()) {
            throw Refusal.notFound("reach.token.unknown");
        }
        if (token.isActive()) {
            token.revoke(directory.caller().getEmail(), now());
            audit.record("reach.token-revoke", "reach_token", id, token.getOrganisationId(),
                    "before: name=" + token.getName() + ", active=true | after: active=false");
        }
        return token;
    }

    /** The caller organisation's tokens, newest first. */
    public List<ReachToken> mine() {
        return em.createNamedQuery(ReachToken.OF_ORGANISATION, ReachToken.class).setParameter("o", organisation())
                .getResultList();
    }

    /** For the identity store: the active token with this secret; empty for anything else. */
    @PermitAll
    public Optional<ReachToken> authenticate(String secret) {
        if (!owns(secret) || secret.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ReachToken.BY_HASH, ReachToken.class).setParameter("hash", Digests.sha256(secret))
                .getResultList().stream().filter(ReachToken::isActive).findFirst();
    }

    /** The organisation an active token caller ("reach-token:&lt;id&gt;") reports for. */
    @PermitAll
    public Optional<Long> organisationOfCaller(String callerName) {
        if (callerName == null || !callerName.startsWith(ReachToken.CALLER_PREFIX)) {
            return Optional.empty();
        }
        try {
            ReachToken token = em.find(ReachToken.class,
                    Long.parseLong(callerName.substring(ReachToken.CALLER_PREFIX.length())));
            return token == null || !token.isActive() ? Optional.empty() : Optional.of(token.getOrganisationId());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a bearer secret looks like a reach token at all (other components' tokens are none of ours). */
    public static boolean owns(String secret) {
        return secret != null && secret.startsWith(ReachToken.SECRET_PREFIX);
    }

    private long organisation() {
        return directory.callerOrganisation().map(Organisation::getId)
                .orElseThrow(() -> Refusal.notFound("reach.organisation.none"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
