package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.Calls;
import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Backs /officer/calls.xhtml: every call with its status; publish drafts and close open calls. */
@Named
@ViewScoped
public class OfficerCallsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    private List<CallForProposals> all;

    @PostConstruct
    void load() {
        all = calls.all();
    }

    public void publish(long id) {
        act(() -> calls.publish(id), "call.published");
    }

    public void close(long id) {
        act(() -> calls.close(id), "call.closed");
    }

    private void act(Runnable action, String doneKey) {
        Messages.attempt("calls", () -> {
            action.run();
            Messages.info(doneKey);
        });
        load();
    }

    public List<CallForProposals> getAll() {
        return all;
    }
}
