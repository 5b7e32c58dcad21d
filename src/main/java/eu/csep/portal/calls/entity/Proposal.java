package eu.csep.portal.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation's proposal to a call, written step by step. A draft keeps whatever was entered (incomplete is
 * fine; the eligibility check says what is missing). Submitting snapshots it as a numbered version; after the
 * deadline nothing changes any more. The organisation is held as an id: the identity component owns organisations.
 */
@Entity
@Table(name = "proposal")
@NamedQuery(name = Proposal.OF_ORGANISATION, query = "SELECT p FROM Proposal p WHERE p.organisationId = :organisation ORDER BY p.id DESC")
@NamedQuery(name = Proposal.OF_CALL, query = "SELECT p FROM Proposal p WHERE p.call.id = :call ORDER BY p.id")
public class Proposal implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String OF_ORGANISATION = "Proposal.ofOrganisation";
    public static final String OF_CALL = "Proposal.ofCall";

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private CallForProposals call;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProposalStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    private String title;
    private String acronym;
    @Column(name = "abstract_text")
    private String abstractText;
    private String languages;
    @Column(name = "target_countries")
    private String targetCountries;

    private String goal;
    private String audience;
    private String grievances;
    private String message;
    private String messenger;
    private String media;
    @Column(name = "call_to_action")
    private String action;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal personnel = BigDecimal.ZERO.setScale(2);
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal subcontracting = BigDecimal.ZERO.setScale(2);
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal travel = BigDecimal.ZERO.setScale(2);
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal equipment = BigDecimal.ZERO.setScale(2);
    @Column(name = "other_costs", nullable = false, precision = 15, scale = 2)
    private BigDecimal otherCosts = BigDecimal.ZERO.setScale(2);
    @Column(name = "eu_contribution", precision = 15, scale = 2)
    private BigDecimal euContribution;
    @Column(name = "duration_months")
    private Integer durationMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_kpi", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<KpiTarget> kpis = new ArrayList<>();

    @Column(name = "impact_indicators")
    private String impactIndicators;

    @Column(nullable = false)
    private int submissions;

    @Column(name = "last_submitted_at")
    private OffsetDateTime lastSubmittedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(CallForProposals call, long organisationId, String createdBy, Instant now) {
        this.call = call;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /**
     * The proposal's reference across the programme: the call's identifier and the proposal number, e.g.
     * {@code CSEP-2026-01-0007}. Review, budget (the grant's name) and reach use it to speak of one proposal.
     */
    public String reference() {
        return reference(call.getIdentifier(), id);
    }

    public static String reference(String callIdentifier, long proposalId) {
        return String.format("%s-%04d", callIdentifier, proposalId);
    }

    /** Whether the applicant may still change it: not withdrawn, and the call still takes submissions. */
    public boolean editableAt(Instant now) {
        return status != ProposalStatus.WITHDRAWN && call.acceptsSubmissionsAt(now);
    }

    private void changed(Instant now) {
        if (!editableAt(now)) {
            throw new IllegalStateException("The proposal can no longer be changed");
        }
        updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Saves step 1, keeping the stored value of each field named in {@code rejected} (it failed validation). */
    public void saveSummary(ProposalSummary s, Set<String> rejected, Instant now) {
        changed(now);
        if (!rejected.contains("title")) title = clean(s.title());
        if (!rejected.contains("acronym")) acronym = clean(s.acronym());
        if (!rejected.contains("abstractText")) abstractText = clean(s.abstractText());
        if (!rejected.contains("languages")) languages = clean(s.languages());
        if (!rejected.contains("targetCountries")) targetCountries = clean(s.targetCountries() == null ? null
                : s.targetCountries().toUpperCase(java.util.Locale.ROOT));
    }

    public void saveNarrative(ProposalNarrative n, Set<String> rejected, Instant now) {
        changed(now);
        if (!rejected.contains("goal")) goal = clean(n.goal());
        if (!rejected.contains("audience")) audience = clean(n.audience());
        if (!rejected.contains("grievances")) grievances = clean(n.grievances());
        if (!rejected.contains("message")) message = clean(n.message());
        if (!rejected.contains("messenger")) messenger = clean(n.messenger());
        if (!rejected.contains("media")) media = clean(n.media());
        if (!rejected.contains("action")) action = clean(n.action());
    }

    public void saveBudget(ProposalBudget b, Integer duration, Set<String> rejected, Instant now) {
        changed(now);
        if (!rejected.contains("personnel")) personnel = b.personnel();
        if (!rejected.contains("subcontracting")) subcontracting = b.subcontracting();
        if (!rejected.contains("travel")) travel = b.travel();
        if (!rejected.contains("equipment")) equipment = b.equipment();
        if (!rejected.contains("otherCosts")) otherCosts = b.otherCosts();
        if (!rejected.contains("euContribution")) euContribution = b.euContribution();
        if (!rejected.contains("durationMonths")) durationMonths = duration;
    }

    /** Step 5; KPI rows are replaced as a whole (rows that failed validation are left out by the caller). */
    public void saveTargets(List<KpiTarget> targets, String impact, boolean impactRejected, Instant now) {
        changed(now);
        kpis.clear();
        targets.forEach(t -> kpis.add(t.copy()));
        if (!impactRejected) impactIndicators = clean(impact);
    }

    /** Records a submission (the caller checked eligibility) and returns the version number it became. */
    public int submit(Instant now) {
        if (status == ProposalStatus.WITHDRAWN || !call.acceptsSubmissionsAt(now)) {
            throw new IllegalStateException("The proposal can no longer be submitted");
        }
        status = ProposalStatus.SUBMITTED;
        submissions++;
        lastSubmittedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        updatedAt = lastSubmittedAt;
        return submissions;
    }

    public void withdraw(Instant now) {
        if (status == ProposalStatus.WITHDRAWN || !call.acceptsSubmissionsAt(now)) {
            throw new IllegalStateException("The proposal can no longer be withdrawn");
        }
        status = ProposalStatus.WITHDRAWN;
        updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ProposalSummary summary() {
        return new ProposalSummary(title, acronym, abstractText, languages, targetCountries);
    }

    public ProposalNarrative narrative() {
        return new ProposalNarrative(goal, audience, grievances, message, messenger, media, action);
    }

    public ProposalBudget budget() {
        return new ProposalBudget(personnel, subcontracting, travel, equipment, otherCosts, euContribution);
    }

    public List<KpiTarget> getKpis() {
        return kpis.stream().map(KpiTarget::copy).toList();
    }

    public Long getId() {
        return id;
    }

    public CallForProposals getCall() {
        return call;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public String getImpactIndicators() {
        return impactIndicators;
    }

    public int getSubmissions() {
        return submissions;
    }

    public OffsetDateTime getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public long getVersion() {
        return version;
    }
}
