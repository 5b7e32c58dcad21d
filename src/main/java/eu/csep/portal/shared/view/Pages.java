package eu.csep.portal.shared.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What a page answers as a whole rather than as a message on it. */
public final class Pages {

    private Pages() {
    }

    /**
     * Answers the current request with 404 and renders nothing more: for a view action whose object is missing, unknown
     * or belongs to another organisation (the page must not tell which).
     */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
