package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.Partnerships;
import eu.csep.portal.calls.boundary.Proposals;
import eu.csep.portal.calls.entity.PartnerStatus;
import eu.csep.portal.calls.entity.ProposalPartner;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /applicant/partnership.xhtml: without an id, the invitations to the caller's organisation; with one, a
 * partner organisation's member reads the proposal it is invited to (read-only, with the applicant's attachments) and
 * confirms or declines. An
 * invitation to another organisation answers 404.
 */
@Named
@ViewScoped
public class PartnershipPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Partnerships partnerships;

    @Inject
    java.time.Clock clock;

    private Long id;
    private ProposalPartner invitation;
    private List<ProposalPartner> invitations = List.of();
    private List<Proposals.Attached> attached = List.of();
    private List<ProposalPartner> awaiting;

    public void load() throws IOException {
        if (invitation != null) {
            return;
        }
        if (id == null) {
            invitations = partnerships.invitations();
            return;
        }
        try {
            invitation = partnerships.invitation(id);
            attached = partnerships.attachments(id);
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    public void confirm() {
        answer(true);
    }

    public void decline() {
        answer(false);
    }

    private void answer(boolean confirm) {
        Messages.attempt("partnership", () -> {
            invitation = partnerships.answer(id, confirm, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            Messages.info(confirm ? "proposal.partner.confirmedNow" : "proposal.partner.declinedNow");
        });
    }

    /** Invitations to the caller's organisation that nobody has answered yet (the applicant dashboard lists them). */
    public List<ProposalPartner> getAwaiting() {
        if (awaiting == null) {
            awaiting = partnerships.invitations().stream().filter(i -> i.getStatus() == PartnerStatus.INVITED).toList();
        }
        return awaiting;
    }

    public boolean isAnswerable() {
        return invitation != null && invitation.getProposal().editableAt(clock.instant());
    }

    public ProposalPartner getInvitation() { return invitation; }
    public List<ProposalPartner> getInvitations() { return invitations; }
    public List<Proposals.Attached> getAttached() { return attached; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
