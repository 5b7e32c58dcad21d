package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.ApiTokens;
import eu.csep.portal.identity.entity.ApiToken;
import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs every token page through /WEB-INF/includes/api-tokens.xhtml (/hashadmin/tokens.xhtml for MATCH_HASHES,
 * /applicant/reach-tokens.xhtml for REPORT_REACH; the page, not the request, names the scope): list, issue, revoke.
 * The secret is shown once, in the answer to the request that issued it (request scope: it is never kept in the
 * session or the view state).
 */
@Named
@RequestScoped
public class ApiTokensPage {

    @Inject
    ApiTokens tokens;

    private List<ApiToken> all;
    private String name;
    private String issuedSecret;
    private String issuedName;

    public List<ApiToken> tokens(String scope) {
        if (all == null) {
            all = tokens.list(ApiTokenScope.valueOf(scope));
        }
        return all;
    }

    public void issue(String scope) {
        Messages.attempt("issue", () -> {
            ApiTokens.Issued issued = tokens.issue(ApiTokenScope.valueOf(scope), name);
            issuedSecret = issued.secret();
            issuedName = issued.token().getName();
            name = null;
            all = null;
            Messages.info("apitoken.issued", issuedName);
        });
    }

    /** Revokes; {@code revokedKey} is the page's confirmation message, e.g. "hashmatch.tokens.revoked". */
    public void revoke(String scope, long id, String revokedKey) {
        Messages.attempt("tokens", () -> {
            ApiToken t = tokens.revoke(ApiTokenScope.valueOf(scope), id);
            all = null;
            Messages.info(revokedKey, t.getName());
        });
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
