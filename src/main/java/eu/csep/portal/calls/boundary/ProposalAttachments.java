package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.AttachmentKind;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalAttachment;
import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.documents.boundary.Upload;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.identity.boundary.Directory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Proposal step 6: the narrative annex (one PDF, mandatory for eligibility; a new one replaces the old) and partner
 * letters (PDF or a scanned image), attached while the proposal can change. A replaced or removed file is deleted
 * unless a submitted version of the proposal lists it. The documents component stores the
 * bytes, checks type (by content), emptiness and size, and fires the upload event hash screening observes; a file
 * screening withholds stays listed as withheld and its content is not handed out.
 */
@Stateless
public class ProposalAttachments {

    public static final String PURPOSE = "proposal-attachment";
    static final Set<String> ANNEX_TYPES = Set.of("application/pdf");
    static final Set<String> LETTER_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    @PersistenceContext
    EntityManager em;

    @Inject
    Proposals proposals;

    @Inject
    Partnerships partnerships;

    @Inject
    Documents documents;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Stores the file and attaches it; a new narrative annex replaces the one before (its file is deleted). */
    @RolesAllowed("APPLY")
    public Proposals.Attached attach(long proposalId, AttachmentKind kind, String filename, byte[] content) {
        Proposal p = proposals.changeable(proposalId);
        if (kind == null) {
            throw Refusal.invalid("kind", "proposal.attachment.kindRequired");
        }
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        StoredFileInfo stored = documents.store(new Upload(PURPOSE, p.getOrganisationId(), name, content,
                kind == AttachmentKind.ANNEX ? ANNEX_TYPES : LETTER_TYPES));
        if (kind == AttachmentKind.ANNEX) {
            for (ProposalAttachment old : rows(proposalId)) {
                if (old.getKind() == AttachmentKind.ANNEX) {
                    drop(p, old);
                }
            }
        }
        ProposalAttachment row = new ProposalAttachment(p, kind, stored.id(), directory.caller().getEmail(),
                clock.instant());
        em.persist(row);
        em.flush();
        audit.record("PROPOSAL_ATTACHMENT_ADDED", "Proposal", p.getId(), p.getOrganisationId(),
                kind + " " + name + " sha256 " + stored.sha256());
        // screening ran inside store(): read the state it left
        return Proposals.Attached.of(row.getId(), kind, documents.info(stored.id()));
    }

    @RolesAllowed("APPLY")
    public void remove(long proposalId, long attachmentId) {
        Proposal p = proposals.changeable(proposalId);
        drop(p, row(proposalId, attachmentId));
    }

    /** The bytes of an attachment; a withheld one is refused (documents.quarantined). */
    @RolesAllowed("APPLY")
    public Download content(long proposalId, long attachmentId) {
        proposals.find(proposalId);
        return download(row(proposalId, attachmentId));
    }

    /** The same for a member of an organisation invited as partner, through its invitation (else "not found"). */
    @RolesAllowed("APPLY")
    public Download contentForPartner(long partnerId, long attachmentId) {
        return download(row(partnerships.invitation(partnerId).getProposal().getId(), attachmentId));
    }

    private Download download(ProposalAttachment row) {
        StoredFileInfo info = documents.info(row.getFileId());
        return new Download(info.filename(), info.contentType(), documents.content(row.getFileId()));
    }

    public record Download(String filename, String contentType, byte[] content) {
    }

    private void drop(Proposal p, ProposalAttachment row) {
        long fileId = row.getFileId();
        em.remove(row);
        em.flush();
        if (p.getSubmissions() == 0) {
            documents.delete(fileId);
        } // else an earlier submitted version lists it (name, SHA-256): the file stays as its record

        audit.record("PROPOSAL_ATTACHMENT_REMOVED", "Proposal", p.getId(), p.getOrganisationId(),
                row.getKind() + " file " + fileId);
    }

    private ProposalAttachment row(long proposalId, long attachmentId) {
        return rows(proposalId).stream().filter(r -> r.getId() == attachmentId).findFirst()
                .orElseThrow(() -> Refusal.notFound("proposal.attachment.unknown"));
    }

    private List<ProposalAttachment> rows(long proposalId) {
        return em.createNamedQuery(ProposalAttachment.OF_PROPOSAL, ProposalAttachment.class)
                .setParameter("proposal", proposalId).getResultList();
    }
}
