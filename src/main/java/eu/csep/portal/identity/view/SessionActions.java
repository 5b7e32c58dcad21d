package eu.csep.portal.identity.view;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out and the signed-in user's name and home page, for the page template. */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    Directory directory;

    private Account caller;

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }

    public String getDisplayName() {
        return caller().getDisplayName();
    }

    public String getHome() {
        return "/" + caller().getRole().home() + ".xhtml";
    }

    /** Looked up once per request: the template asks for name and home page on every page. */
    private Account caller() {
        if (caller == null) {
            caller = directory.caller();
        }
        return caller;
    }
}
