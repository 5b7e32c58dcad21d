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
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Proposal step 3: another registered organisation invited (through one of its members' e-mail address) to take
 * part in a proposal, with its role and its share of the budget in euro. A member of that organisation confirms
 * or declines; only confirmed partners count for the call's minimum. Names are copied at invitation time: the
 * identity component does not disclose one organisation to another.
 */
@Entity
@Table(name = "proposal_partner")
@NamedQuery(name = ProposalPartner.OF_PROPOSAL,
        query = "SELECT pp FROM ProposalPartner pp WHERE pp.proposal.id = :proposal ORDER BY pp.id")
@NamedQuery(name = ProposalPartner.OF_ORGANISATION,
        query = "SELECT pp FROM ProposalPartner pp WHERE pp.organisationId = :organisation ORDER BY pp.id DESC")
@NamedQuery(name = ProposalPartner.CONFIRMED_ORGANISATIONS, query = "SELECT pp.organisationId FROM ProposalPartner pp"
        + " WHERE pp.proposal.id = :proposal AND pp.status = eu.csep.portal.calls.entity.PartnerStatus.CONFIRMED ORDER BY pp.id")
public class ProposalPartner implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_PROPOSAL = "ProposalPartner.ofProposal";
    public static final String OF_ORGANISATION = "ProposalPartner.ofOrganisation";
    public static final String CONFIRMED_ORGANISATIONS = "ProposalPartner.confirmedOrganisations";
    public static final int ROLE_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "proposal_partner_seq", sequenceName = "proposal_partner_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_partner_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String applicantName;

    @Column(name = "invited_email", nullable = false)
    private String invitedEmail;

    @Column(nullable = false, length = ROLE_LENGTH)
    private String role;

    @Column(name = "budget_share", nullable = false, precision = 15, scale = 2)
    private BigDecimal budgetShare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PartnerStatus status;

    @Column(name = "invited_at", nullable = false)
    private OffsetDateTime invitedAt;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected ProposalPartner() {
    }

    public ProposalPartner(Proposal proposal, long organisationId, String organisationName, String applicantName,
            String invitedEmail, String role, BigDecimal budgetShare, String invitedBy, Instant now) {
        if (organisationId == proposal.getOrganisationId()) {
            throw new IllegalArgumentException("The applicant cannot be its own partner");
        }
        this.proposal = proposal;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.applicantName = applicantName;
        this.invitedBy = invitedBy;
        invite(invitedEmail, role, budgetShare, now);
    }

    /** (Re-)invites: a declined partner may be asked again; its earlier answer is cleared. */
    public void invite(String email, String newRole, BigDecimal share, Instant now) {
        if (newRole == null || newRole.isBlank() || share == null || share.signum() < 0) {
            throw new IllegalArgumentException("A partner needs a role and a budget share of zero or more");
        }
        invitedEmail = email;
        role = newRole.strip();
        budgetShare = share.setScale(2, RoundingMode.HALF_UP);
        status = PartnerStatus.INVITED;
        invitedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        answeredAt = null;
        answeredBy = null;
    }

    public void confirm(String by, Instant now) {
        answer(PartnerStatus.CONFIRMED, by, now);
    }

    public void decline(String by, Instant now) {
        answer(PartnerStatus.DECLINED, by, now);
    }

    private void answer(PartnerStatus answer, String by, Instant now) {
        status = answer;
        answeredBy = by;
        answeredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Invited or confirmed: its budget share is planned (a declined partner's is not). */
    public boolean counts() {
        return status != PartnerStatus.DECLINED;
    }

    public Long getId() { return id; }
    public Proposal getProposal() { return proposal; }
    public long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public String getApplicantName() { return applicantName; }
    public String getInvitedEmail() { return invitedEmail; }
    public String getRole() { return role; }
    public BigDecimal getBudgetShare() { return budgetShare; }
    public PartnerStatus getStatus() { return status; }
    public OffsetDateTime getInvitedAt() { return invitedAt; }
    public String getInvitedBy() { return invitedBy; }
    public OffsetDateTime getAnsweredAt() { return answeredAt; }
    public String getAnsweredBy() { return answeredBy; }
    public long getVersion() { return version; }
}
