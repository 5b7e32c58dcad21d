package eu.csep.portal.shared.view;

import eu.csep.portal.shared.control.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of this visit: the browser's preferred one among EN, FR and DE until the user switches. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = Texts.supported(faces == null ? null : faces.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getAvailable() {
        return Texts.SUPPORTED;
    }

    /** Switches the language and reloads the page the user is on (a GET, so the URL stays bookmarkable). */
    public void select(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId()
                + (query == null ? "" : "?" + query));
    }
}
