package eu.csep.portal.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Proposal step 6: a file attached to a proposal. The bytes, hashes and screening state belong to the documents
 * component (held here as the stored file's id); the proposal only says which file plays which part.
 */
@Entity
@Table(name = "proposal_attachment")
@NamedQuery(name = ProposalAttachment.OF_PROPOSAL,
        query = "SELECT a FROM ProposalAttachment a WHERE a.proposal.id = :proposal ORDER BY a.kind, a.id")
public class ProposalAttachment implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_PROPOSAL = "ProposalAttachment.ofProposal";

    @Id
    @SequenceGenerator(name = "proposal_attachment_seq", sequenceName = "proposal_attachment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_attachment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AttachmentKind kind;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private OffsetDateTime attachedAt;

    @Column(name = "attached_by", nullable = false, updatable = false)
    private String attachedBy;

    protected ProposalAttachment() {
    }

    public ProposalAttachment(Proposal proposal, AttachmentKind kind, long fileId, String attachedBy, Instant now) {
        this.proposal = proposal;
        this.kind = kind;
        this.fileId = fileId;
        this.attachedBy = attachedBy;
        this.attachedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public AttachmentKind getKind() { return kind; }
    public long getFileId() { return fileId; }
    public OffsetDateTime getAttachedAt() { return attachedAt; }
    public String getAttachedBy() { return attachedBy; }
}
