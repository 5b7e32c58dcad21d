package eu.csep.portal.reach.view;

import eu.csep.portal.identity.entity.ApiTokenScope;
import eu.csep.portal.identity.view.ApiTokensPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs /applicant/reach-tokens.xhtml: an NGO member creates and revokes the organisation's reporting tokens. */
@Named
@RequestScoped
public class ReachTokensPage extends ApiTokensPage {

    @Override
    protected ApiTokenScope scope() {
        return ApiTokenScope.REPORT_REACH;
    }

    @Override
    public String getMessages() {
        return "reach.tokens";
    }
}
