package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.Calls;
import eu.csep.portal.calls.entity.CallForProposals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Backs /calls.xhtml (public) and the open-calls card of the NGO dashboard. */
@Named
@ViewScoped
public class OpenCallsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    private List<CallForProposals> open;

    @PostConstruct
    void load() {
        open = calls.published();
    }

    public List<CallForProposals> getOpen() {
        return open;
    }
}
