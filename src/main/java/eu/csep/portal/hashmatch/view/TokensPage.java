package eu.csep.portal.hashmatch.view;

import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.identity.view.ApiTokensPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs /hashadmin/tokens.xhtml: hash admins issue and revoke API tokens for machine clients. */
@Named
@RequestScoped
public class TokensPage extends ApiTokensPage {

    @Override
    protected ApiTokenScope scope() {
        return ApiTokenScope.MATCH_HASHES;
    }

    @Override
    public String getMessages() {
        return "hashmatch.tokens";
    }
}
