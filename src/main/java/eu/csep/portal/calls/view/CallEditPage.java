package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.CallForm;
import eu.csep.portal.calls.boundary.Calls;
import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallStatus;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** Backs /officer/call.xhtml: prepares a new call, or revises a draft (optimistic version check). */
@Named
@ViewScoped
public class CallEditPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    private Long id;
    private long version;
    private boolean editable = true;
    private CallForm form = new CallForm();

    public void load() {
        if (id != null && form.getIdentifier() == null) {
            boolean found = Messages.attempt("call", () -> {
                CallForProposals call = calls.find(id);
                form = CallForm.of(call);
                version = call.getVersion();
                editable = call.getStatus() == CallStatus.DRAFT;
            });
            if (!found) {
                editable = false;
            }
        }
    }

    public void save() throws IOException {
        CallForProposals saved = Messages.attemptOrNull("call",
                () -> id == null ? calls.prepare(form) : calls.revise(id, version, form));
        if (saved != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("call.saved", saved.getIdentifier());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/officer/calls.xhtml");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isNew() {
        return id == null;
    }

    public CallForm getForm() {
        return form;
    }
}
