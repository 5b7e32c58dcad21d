package eu.csep.portal.hashmatch.view;

import eu.csep.portal.hashmatch.boundary.ApiTokens;
import eu.csep.portal.hashmatch.entity.ApiToken;
import eu.csep.portal.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /hashadmin/tokens.xhtml: hash admins issue and revoke API tokens for machine clients. The raw token
 * is shown once, in the answer to the request that issued it (request scope: it is never kept in the session
 * or the view state); only its SHA-256 is stored.
 */
@Named
@RequestScoped
public class TokensPage {

    @Inject
    ApiTokens tokens;

    private List<ApiToken> all;
    private String name;
    private String issuedSecret;
    private String issuedName;

    public List<ApiToken> getTokens() {
        if (all == null) {
            all = tokens.all();
        }
        return all;
    }

    public void issue() {
        try {
            ApiTokens.Issued issued = tokens.issue(name);
            issuedSecret = issued.secret();
            issuedName = issued.token().getName();
            name = null;
            all = null;
            Messages.info("hashmatch.tokens.issued", issuedName);
        } catch (RuntimeException e) {
            if (!Messages.show("issue", e)) {
                throw e;
            }
        }
    }

    public void revoke(long id) {
        try {
            ApiToken t = tokens.revoke(id);
            all = null;
            Messages.info("hashmatch.tokens.revoked", t.getName());
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
