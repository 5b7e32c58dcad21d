package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.Calls;
import eu.csep.portal.calls.boundary.Proposals;
import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalPartner;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs /officer/proposals.xhtml: every proposal to one call, with its status; exported as CSV by the table. */
@Named
@ViewScoped
public class OfficerProposalsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Calls calls;

    @Inject
    Proposals proposals;

    private Long call;
    private CallForProposals selected;
    private List<Proposal> rows;
    private final Map<Long, String> organisations = new HashMap<>();
    private Map<Long, String> partners = Map.of();

    public void load() throws IOException {
        try {
            if (call == null) {
                List<CallForProposals> all = calls.all();
                selected = all.isEmpty() ? null : all.get(0);
            } else {
                selected = calls.find(call);
            }
            rows = selected == null ? List.of() : proposals.ofCall(selected.getId());
            partners = selected == null ? Map.of() : describe(proposals.partnersOfCall(selected.getId()));
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    /** "Organisation (status); …" per proposal, in the viewer's language (a table column, so it exports too). */
    private static Map<Long, String> describe(Map<Long, List<ProposalPartner>> byProposal) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<Long, String> out = new HashMap<>();
        byProposal.forEach((proposal, list) -> out.put(proposal, list.stream()
                .map(pp -> pp.getOrganisationName() + " (" + Texts.get(locale, "proposal.partner.status." + pp.getStatus())
                        + ")").collect(Collectors.joining("; "))));
        return out;
    }

    public String partners(long proposalId) {
        return partners.getOrDefault(proposalId, "");
    }

    public String organisation(long id) {
        return organisations.computeIfAbsent(id, proposals::organisationName);
    }

    public List<CallForProposals> getCalls() {
        return calls.all();
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public CallForProposals getSelected() {
        return selected;
    }

    public List<Proposal> getRows() {
        return rows;
    }
}
