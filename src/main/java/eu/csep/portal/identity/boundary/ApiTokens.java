package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.entity.ApiToken;
import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import eu.csep.portal.shared.control.PlainText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Machine API tokens of every scope: issue (the secret is shown once, only its SHA-256 is stored), list, revoke
 * (both audited) and authenticate. Who may manage which tokens is the scope's issuer permission (hash admins for
 * MATCH_HASHES, NGO members for their own organisation's REPORT_REACH tokens); another organisation's token is
 * "not found".
 */
@Stateless
@RolesAllowed({"MANAGE_HASHES", "APPLY"})
public class ApiTokens {

    public record Issued(ApiToken token, String secret) {
    }

    /** Longer than any secret we issue; longer bearer values are not looked up at all. */
    static final int SECRET_MAX = 200;
    /** last_used_at is written at most this often per token, so that busy clients do not write on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    public Issued issue(ApiTokenScope scope, String name) {
        mayManage(scope);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > ApiToken.NAME_MAX || !PlainText.Validator.isPlain(n)) {
            throw Refusal.invalid("name", "apitoken.name.invalid", ApiToken.NAME_MAX);
        }
        Long organisation = organisation(scope);
        if (list(scope).stream().anyMatch(t -> t.getName().equalsIgnoreCase(n))) {
            throw Refusal.conflict("name", scope.key("nameTaken"), n);
        }
        String secret = Digests.newSecret(scope.secretPrefix());
        ApiToken token = new ApiToken(scope, organisation, n, secret, Digests.sha256(secret), caller(), now());
        em.persist(token);
        em.flush();
        audit.record(scope.issueAction(), scope.auditTarget(), token.getId(), organisation,
                "after: name=" + n + ", prefix=" + token.getPrefix() + ", active=true");
        return new Issued(token, secret);
    }

    public ApiToken revoke(ApiTokenScope scope, long id) {
        mayManage(scope);
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getScope() != scope
                || (scope.perOrganisation() && !token.getOrganisationId().equals(organisation(scope)))) {
            throw Refusal.notFound(scope.key("unknown"));
        }
        if (token.isActive()) {
            token.revoke(caller(), now());
            audit.record(scope.revokeAction(), scope.auditTarget(), id, token.getOrganisationId(),
                    "before: name=" + token.getName() + ", active=true | after: active=false");
        }
        return token;
    }

    /** The scope's tokens the caller manages (per-organisation scopes: the own organisation's), newest first. */
    public List<ApiToken> list(ApiTokenScope scope) {
        mayManage(scope);
        if (scope.perOrganisation()) {
            return em.createNamedQuery(ApiToken.OF_ORGANISATION, ApiToken.class).setParameter("scope", scope)
                    .setParameter("organisation", organisation(scope)).getResultList();
        }
        return em.createNamedQuery(ApiToken.OF_SCOPE, ApiToken.class).setParameter("scope", scope).getResultList();
    }

    /** For the identity store: the active token with this secret (its use noted), empty for anything else. */
    @PermitAll
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > SECRET_MAX) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Digests.sha256(secret)).getResultList().stream().filter(ApiToken::isActive)
                .findFirst();
        token.ifPresent(t -> {
            OffsetDateTime now = now();
            OffsetDateTime before = now.minus(LAST_USED_PRECISION);
            // only when due: a busy client's requests then read the token and write nothing
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(before)) {
                em.createNamedQuery(ApiToken.TOUCH).setParameter("now", now).setParameter("id", t.getId())
                        .setParameter("before", before).executeUpdate();
            }
        });
        return token;
    }

    /** The organisation an active token caller of this scope acts for (e.g. "reach-token:12"); empty otherwise. */
    @PermitAll
    public Optional<Long> organisationOfCaller(ApiTokenScope scope, String callerName) {
        return scope.idInCallerName(callerName).map(id -> em.find(ApiToken.class, id))
                .filter(t -> t.getScope() == scope && t.isActive()).map(ApiToken::getOrganisationId);
    }

    private void mayManage(ApiTokenScope scope) {
        if (!security.isCallerInRole(scope.issuer().name())) {
            throw new EJBAccessException(scope + " tokens are managed with " + scope.issuer());
        }
    }

    private Long organisation(ApiTokenScope scope) {
        if (!scope.perOrganisation()) {
            return null;
        }
        return directory.callerOrganisation().map(Organisation::getId)
                .orElseThrow(() -> Refusal.notFound(scope.key("unknown")));
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
