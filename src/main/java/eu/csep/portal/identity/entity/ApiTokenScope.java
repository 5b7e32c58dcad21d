package eu.csep.portal.identity.entity;

import java.util.Optional;
import java.util.Set;

/**
 * What a machine API token may do: exactly one permission, nothing else. The scope also says who may issue such
 * tokens, whether a token acts for one organisation, and how its caller, audit entries and messages are named
 * (kept as they were before the two token kinds shared one table, so logs and clients read the same).
 */
public enum ApiTokenScope {

    /** Hash and match through /api/v1/hashes; issued by hash admins, for the programme as a whole. */
    MATCH_HASHES(Permission.MATCH_HASHES, Permission.MANAGE_HASHES, false, "hm_", "token:", "HashApiToken",
            "hashtoken.issue", "hashtoken.revoke", "hashmatch.token"),
    /** Report reach for the issuing organisation's campaigns; issued by NGO members for their own organisation. */
    REPORT_REACH(Permission.REPORT_REACH, Permission.APPLY, true, "rt_", "reach-token:", "reach_token",
            "reach.token-issue", "reach.token-revoke", "reach.token");

    private final Permission grants;
    private final Permission issuer;
    private final boolean perOrganisation;
    private final String secretPrefix;
    private final String callerPrefix;
    private final String auditTarget;
    private final String issueAction;
    private final String revokeAction;
    private final String messagePrefix;

    ApiTokenScope(Permission grants, Permission issuer, boolean perOrganisation, String secretPrefix,
            String callerPrefix, String auditTarget, String issueAction, String revokeAction, String messagePrefix) {
        this.grants = grants;
        this.issuer = issuer;
        this.perOrganisation = perOrganisation;
        this.secretPrefix = secretPrefix;
        this.callerPrefix = callerPrefix;
        this.auditTarget = auditTarget;
        this.issueAction = issueAction;
        this.revokeAction = revokeAction;
        this.messagePrefix = messagePrefix;
    }

    /** The groups a caller signed in with such a token holds: the one permission, no role, not even SIGNED_IN. */
    public Set<String> groups() {
        return Set.of(grants.name());
    }

    public Permission grants() {
        return grants;
    }

    /** The permission a signed-in person needs to issue, list and revoke tokens of this scope. */
    public Permission issuer() {
        return issuer;
    }

    /** Whether a token of this scope acts for the organisation of the member who issued it (and lists only there). */
    public boolean perOrganisation() {
        return perOrganisation;
    }

    /** The start of every secret of this scope, so that people and secret scanners can tell tokens apart. */
    public String secretPrefix() {
        return secretPrefix;
    }

    /**
     * The caller name a token signs in as: hash tokens by their (unique) name, so the match log reads
     * "token:platform-x"; reach tokens by their id, since names are only unique within an organisation.
     */
    public String callerName(ApiToken token) {
        return callerPrefix + (perOrganisation ? String.valueOf(token.getId()) : token.getName());
    }

    /** The token id in a caller name of this scope that names tokens by id; empty for anything else. */
    public Optional<Long> idInCallerName(String callerName) {
        if (!perOrganisation || callerName == null || !callerName.startsWith(callerPrefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(callerName.substring(callerPrefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String auditTarget() {
        return auditTarget;
    }

    public String issueAction() {
        return issueAction;
    }

    public String revokeAction() {
        return revokeAction;
    }

    /** A message key of this scope, e.g. {@code key("unknown")} is "reach.token.unknown". */
    public String key(String suffix) {
        return messagePrefix + "." + suffix;
    }
}
