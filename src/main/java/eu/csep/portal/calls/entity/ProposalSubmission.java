package eu.csep.portal.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One submitted version of a proposal, kept as it was submitted; never changed afterwards. */
@Entity
@Table(name = "proposal_submission")
@NamedQuery(name = ProposalSubmission.OF_PROPOSAL, query = "SELECT s FROM ProposalSubmission s WHERE s.proposalId = :proposal ORDER BY s.number")
public class ProposalSubmission implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_PROPOSAL = "ProposalSubmission.ofProposal";

    @Id
    @SequenceGenerator(name = "proposal_submission_seq", sequenceName = "proposal_submission_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_submission_seq")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String acronym;

    @Column(name = "total_cost", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal totalCost;

    @Column(name = "eu_contribution", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal euContribution;

    @Column(name = "cofinancing_rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal cofinancingRate;

    @Column(name = "duration_months", nullable = false, updatable = false)
    private int durationMonths;

    // step 4 as submitted; null on versions submitted before these columns existed (V14)
    @Column(updatable = false, precision = 15, scale = 2)
    private BigDecimal personnel;

    @Column(updatable = false, precision = 15, scale = 2)
    private BigDecimal subcontracting;

    @Column(updatable = false, precision = 15, scale = 2)
    private BigDecimal travel;

    @Column(updatable = false, precision = 15, scale = 2)
    private BigDecimal equipment;

    @Column(name = "other_costs", updatable = false, precision = 15, scale = 2)
    private BigDecimal otherCosts;

    @Column(name = "indirect_costs", updatable = false, precision = 15, scale = 2)
    private BigDecimal indirectCosts;

    /** The whole proposal as plain text lines (label: value), as submitted. */
    @Column(nullable = false, updatable = false, length = 30000)
    private String content;

    protected ProposalSubmission() {
    }

    public ProposalSubmission(Proposal p, int number, Instant at, String by, String content) {
        this.proposalId = p.getId();
        this.number = number;
        this.submittedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.submittedBy = by;
        this.title = p.getTitle();
        this.acronym = p.getAcronym();
        this.totalCost = p.budget().totalCosts();
        this.euContribution = p.budget().euContribution();
        this.cofinancingRate = p.budget().cofinancingRate();
        this.durationMonths = p.getDurationMonths();
        ProposalBudget b = p.budget();
        this.personnel = b.personnel();
        this.subcontracting = b.subcontracting();
        this.travel = b.travel();
        this.equipment = b.equipment();
        this.otherCosts = b.otherCosts();
        this.indirectCosts = b.indirectCosts();
        this.content = content.length() > 30000 ? content.substring(0, 30000) : content;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public BigDecimal getTotalCost() {
        return totalCost;
    }

    public BigDecimal getEuContribution() {
        return euContribution;
    }

    public BigDecimal getCofinancingRate() {
        return cofinancingRate;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    /** Step 4 as submitted: null on a version submitted before costs per category were kept. */
    public BigDecimal getPersonnel() {
        return personnel;
    }

    public BigDecimal getSubcontracting() {
        return subcontracting;
    }

    public BigDecimal getTravel() {
        return travel;
    }

    public BigDecimal getEquipment() {
        return equipment;
    }

    public BigDecimal getOtherCosts() {
        return otherCosts;
    }

    public BigDecimal getIndirectCosts() {
        return indirectCosts;
    }

    public String getContent() {
        return content;
    }
}
