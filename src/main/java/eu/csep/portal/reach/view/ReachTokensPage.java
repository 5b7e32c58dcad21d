package eu.csep.portal.reach.view;

import eu.csep.portal.reach.boundary.ReachTokens;
import eu.csep.portal.reach.entity.ReachToken;
import eu.csep.portal.shared.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /applicant/reach-tokens.xhtml: an NGO member creates and revokes the organisation's reporting tokens. The
 * secret is shown once, in the answer to the request that created it (request scope: never kept in the session).
 */
@Named
@RequestScoped
public class ReachTokensPage {

    @Inject
    ReachTokens tokens;

    private List<ReachToken> all;
    private String name;
    private String issuedSecret;
    private String issuedName;

    public List<ReachToken> getTokens() {
        if (all == null) {
            all = tokens.mine();
        }
        return all;
    }

    public void issue() {
        try {
            ReachTokens.Issued issued = tokens.issue(name);
            issuedSecret = issued.secret();
            issuedName = issued.token().getName();
            name = null;
            all = null;
        } catch (RuntimeException e) {
            if (!Messages.show("issue", e)) {
                throw e;
            }
        }
    }

    public void revoke(long id) {
        try {
            ReachToken t = tokens.revoke(id);
            all = null;
            Messages.info("reach.tokens.revoked", t.getName());
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
