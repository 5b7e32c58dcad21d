package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.Proposals;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Backs /applicant/proposals.xhtml, the dashboard's proposals card and the start buttons on /calls.xhtml. */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    private List<Proposal> mine;

    public List<Proposal> getMine() {
        if (mine == null) {
            mine = proposals.mine();
        }
        return mine;
    }

    /** The five newest, for the dashboard card. */
    public List<Proposal> getLatest() {
        List<Proposal> all = getMine();
        return all.subList(0, Math.min(5, all.size()));
    }

    /** Starts a proposal to the call and opens it at step 1. */
    public void start(String callIdentifier) throws IOException {
        Proposal p = Messages.attemptOrNull("start", () -> proposals.start(callIdentifier));
        if (p != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/applicant/proposal.xhtml?id=" + p.getId());
        }
    }
}
