package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HashInput;
import eu.csep.portal.hashmatch.entity.ApiToken;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * API tokens for machine clients of the hashing and matching API. Hash admins issue and revoke them (audited);
 * the plain token is shown once, only its SHA-256 is stored. A token signs in as "token:&lt;name&gt;" with the
 * single permission MATCH_HASHES.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class ApiTokens {

    public record Issued(ApiToken token, String secret) {
    }


    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    public Issued issue(String name) {
        String n = HashInput.text("name", name, 100, true);
        if (!em.createNamedQuery(ApiToken.BY_NAME, ApiToken.class).setParameter("name", n).getResultList().isEmpty()) {
            throw Refusal.conflict("name", "hashmatch.token.nameTaken", n);
        }
        String secret = Digests.newSecret("hm_");
        ApiToken token = new ApiToken(n, Digests.sha256(secret), caller(), now());
        em.persist(token);
        em.flush();
        audit.record("hashtoken.issue", "HashApiToken", token.getId(), null, "after: name=" + n + ", active=true");
        return new Issued(token, secret);
    }

    public ApiToken revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw Refusal.notFound("hashmatch.token.unknown");
        }
        if (token.isActive()) {
            token.revoke(caller(), now());
            audit.record("hashtoken.revoke", "HashApiToken", id, null,
                    "before: name=" + token.getName() + ", active=true | after: active=false");
        }
        return token;
    }

    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    /** For the log-in mechanism: the caller name of an active token, empty otherwise. */
    @PermitAll
    public Optional<String> authenticate(String secret) {
        if (secret == null || secret.length() < 10 || secret.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", Digests.sha256(secret))
                .getResultList().stream().filter(ApiToken::isActive).findFirst()
                .map(t -> ApiToken.CALLER_PREFIX + t.getName());
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
