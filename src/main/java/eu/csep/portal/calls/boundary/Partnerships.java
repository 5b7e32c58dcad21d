package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.PartnerStatus;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalPartner;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Links;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Proposal step 3: the applicant invites other registered organisations (by a member's e-mail address) with a role
 * and a budget share, and may remove an invitation while the proposal can change; a member of the invited
 * organisation confirms or declines. The partner organisation sees the proposal it is invited to (read-only, through
 * its invitation) and nothing else of the applicant; anyone else gets "not found".
 */
@Stateless
public class Partnerships {

    @PersistenceContext
    EntityManager em;

    @Inject
    Proposals proposals;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Event<MailRequested> mail;

    @Inject
    Links links;

    /** The applicant's view of its proposal's partners, in invitation order. */
    @RolesAllowed("APPLY")
    public List<ProposalPartner> of(long proposalId) {
        proposals.find(proposalId);
        return em.createNamedQuery(ProposalPartner.OF_PROPOSAL, ProposalPartner.class)
                .setParameter("proposal", proposalId).getResultList();
    }

    @RolesAllowed("APPLY")
    public ProposalPartner invite(long proposalId, PartnerInvitation invitation, Locale locale) {
        Proposal p = proposals.changeable(proposalId);
        List<ConstraintViolation<PartnerInvitation>> violations = validator.validate(invitation).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            String field = violations.get(0).getPropertyPath().toString();
            throw Refusal.invalid(field, "proposal.partner.invalid." + field);
        }
        Organisation partner = directory.organisationOfMember(invitation.email())
                .orElseThrow(() -> Refusal.invalid("email", "proposal.partner.unknownEmail"));
        if (partner.getId() == p.getOrganisationId()) {
            throw Refusal.invalid("email", "proposal.partner.ownOrganisation");
        }
        Account inviter = directory.caller();
        ProposalPartner row = em.createNamedQuery(ProposalPartner.OF_PROPOSAL, ProposalPartner.class)
                .setParameter("proposal", proposalId).getResultStream()
                .filter(pp -> pp.getOrganisationId() == partner.getId()).findFirst().orElse(null);
        String email = invitation.email().strip();
        if (row == null) {
            row = new ProposalPartner(p, partner.getId(), partner.getLegalName(),
                    directory.organisation(p.getOrganisationId()).getLegalName(), email, invitation.role(),
                    invitation.budgetShare(), inviter.getEmail(), clock.instant());
            em.persist(row);
        } else if (row.getStatus() == PartnerStatus.DECLINED) {
            row.invite(email, invitation.role(), invitation.budgetShare(), clock.instant());
        } else {
            throw Refusal.conflict("email", "proposal.partner.already", partner.getLegalName());
        }
        em.flush();
        audit.record("PROPOSAL_PARTNER_INVITED", "Proposal", p.getId(), p.getOrganisationId(),
                partner.getLegalName() + " as " + row.getRole() + ", EUR " + row.getBudgetShare().toPlainString());
        Locale language = locale == null ? Locale.ENGLISH : locale;
        mail.fire(new MailRequested(email, Texts.get(language, "proposal.partner.mail.subject", row.getApplicantName()),
                Texts.get(language, "proposal.partner.mail.body", row.getApplicantName(), p.reference(),
                        p.getTitle() == null ? "-" : p.getTitle(), row.getRole(), row.getBudgetShare().toPlainString(),
                        links.to("applicant/partnership.xhtml", "id", String.valueOf(row.getId())))));
        return row;
    }

    @RolesAllowed("APPLY")
    public void remove(long proposalId, long partnerId) {
        Proposal p = proposals.changeable(proposalId);
        ProposalPartner row = em.find(ProposalPartner.class, partnerId);
        if (row == null || !row.getProposal().getId().equals(p.getId())) {
            throw Refusal.notFound("proposal.partner.unknown");
        }
        em.remove(row);
        audit.record("PROPOSAL_PARTNER_REMOVED", "Proposal", p.getId(), p.getOrganisationId(), row.getOrganisationName());
    }

    /** Invitations to the caller's organisation, newest first. */
    @RolesAllowed("APPLY")
    public List<ProposalPartner> invitations() {
        long own = directory.callerOrganisation().orElseThrow(() -> Refusal.notFound("proposal.partner.unknown")).getId();
        return em.createNamedQuery(ProposalPartner.OF_ORGANISATION, ProposalPartner.class)
                .setParameter("organisation", own).getResultList();
    }

    /** One invitation to the caller's organisation, with the proposal it is about (read-only for the partner). */
    @RolesAllowed("APPLY")
    public ProposalPartner invitation(long partnerId) {
        ProposalPartner row = em.find(ProposalPartner.class, partnerId);
        long own = directory.callerOrganisation().map(Organisation::getId).orElse(-1L);
        if (row == null || row.getOrganisationId() != own) {
            throw Refusal.notFound("proposal.partner.unknown");
        }
        return row;
    }

    /**
     * The applicant's attachments of the proposal an invitation is about, for the invited organisation's members to
     * read before they answer (a file screening withholds is listed as withheld and not handed out).
     */
    @RolesAllowed("APPLY")
    public List<Proposals.Attached> attachments(long partnerId) {
        return proposals.attachments(invitation(partnerId).getProposal());
    }

    /** A member of the invited organisation confirms or declines, while the proposal can still change. */
    @RolesAllowed("APPLY")
    public ProposalPartner answer(long partnerId, boolean confirm, Locale locale) {
        ProposalPartner row = invitation(partnerId);
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        Proposal p = row.getProposal();
        if (!p.editableAt(clock.instant())) {
            throw Refusal.conflict(null, "proposal.deadlinePassed");
        }
        Account member = directory.caller();
        if (confirm) {
            row.confirm(member.getEmail(), clock.instant());
        } else {
            row.decline(member.getEmail(), clock.instant());
        }
        em.flush();
        audit.record(confirm ? "PROPOSAL_PARTNER_CONFIRMED" : "PROPOSAL_PARTNER_DECLINED", "Proposal", p.getId(),
                row.getOrganisationId(), row.getOrganisationName());
        Locale language = locale == null ? Locale.ENGLISH : locale;
        mail.fire(new MailRequested(row.getInvitedBy(),
                Texts.get(language, "proposal.partner.answer.subject." + row.getStatus(), row.getOrganisationName()),
                Texts.get(language, "proposal.partner.answer.body." + row.getStatus(), row.getOrganisationName(),
                        p.reference(), links.to("applicant/proposal.xhtml", "id", String.valueOf(p.getId())))));
        return row;
    }
}
