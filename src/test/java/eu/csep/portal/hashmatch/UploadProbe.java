package eu.csep.portal.hashmatch;

import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.documents.boundary.Upload;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * TEST ONLY — added to the deployed WAR by {@link HashMatchIT}, never part of the product. Stands in for the
 * proposals attachment step (built in parallel) as the portal's real upload path: it stores the request body
 * through the documents boundary, exactly as an upload page does, so the screening observer runs in the
 * upload's own transaction. POST ?name=&amp;org= stores; GET ?id= reads the bytes as an ordinary user would.
 */
@WebServlet("/it-probe/upload")
public class UploadProbe extends HttpServlet {

    private static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    @Inject
    Documents documents;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] content = req.getInputStream().readAllBytes();
        String org = req.getParameter("org");
        try {
            StoredFileInfo info = documents.store(new Upload("proposal-attachment",
                    org == null ? null : Long.valueOf(org), req.getParameter("name"), content, ALLOWED));
            resp.setContentType("text/plain");
            resp.getWriter().print("id=" + info.id() + "\nscreening=" + info.screening() + "\nnote="
                    + info.screeningNote() + "\nuploadedBy=" + info.uploadedBy() + "\n");
        } catch (EJBException | Refusal e) {
            refused(resp, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id = Long.parseLong(req.getParameter("id"));
        try {
            byte[] content = documents.content(id);
            resp.setContentType("application/octet-stream");
            resp.getOutputStream().write(content);
        } catch (EJBException | Refusal e) {
            refused(resp, e);
        }
    }

    private static void refused(HttpServletResponse resp, RuntimeException e) throws IOException {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        resp.setStatus(409);
        resp.setContentType("text/plain");
        resp.getWriter().print(t instanceof Refusal r ? r.messageKey() : String.valueOf(t));
    }
}
