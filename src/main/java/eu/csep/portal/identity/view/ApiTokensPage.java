package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.ApiTokens;
import eu.csep.portal.identity.entity.ApiToken;
import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.shared.view.Messages;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What every token page does (/WEB-INF/includes/api-tokens.xhtml): list, issue, revoke the tokens of one scope. The
 * secret is shown once, in the answer to the request that issued it: subclasses are request scoped, so it is never
 * kept in the session or the view state.
 */
public abstract class ApiTokensPage {

    @Inject
    ApiTokens tokens;

    private List<ApiToken> all;
    private String name;
    private String issuedSecret;
    private String issuedName;

    /** The scope of the tokens on this page. */
    protected abstract ApiTokenScope scope();

    /** The start of the page's message keys, e.g. "reach.tokens" for "reach.tokens.title". */
    public abstract String getMessages();

    public List<ApiToken> getTokens() {
        if (all == null) {
            all = tokens.list(scope());
        }
        return all;
    }

    public void issue() {
        try {
            ApiTokens.Issued issued = tokens.issue(scope(), name);
            issuedSecret = issued.secret();
            issuedName = issued.token().getName();
            name = null;
            all = null;
            Messages.info("apitoken.issued", issuedName);
        } catch (RuntimeException e) {
            if (!Messages.show("issue", e)) {
                throw e;
            }
        }
    }

    public void revoke(long id) {
        try {
            ApiToken t = tokens.revoke(scope(), id);
            all = null;
            Messages.info(getMessages() + ".revoked", t.getName());
        } catch (RuntimeException e) {
            if (!Messages.show("tokens", e)) {
                throw e;
            }
        }
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
