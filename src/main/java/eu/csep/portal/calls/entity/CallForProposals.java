package eu.csep.portal.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

/**
 * A call for proposals (e.g. CSEP-2026-01). Guards its own rules: the grant range lies within the budget, the
 * deadline follows the opening, a published call's funding rules no longer change, and only an open call
 * before its deadline accepts submissions.
 */
@Entity
@Table(name = "call_for_proposals")
@NamedQuery(name = CallForProposals.ALL, query = "SELECT c FROM CallForProposals c ORDER BY c.id DESC")
@NamedQuery(name = CallForProposals.BY_STATUS, query = "SELECT c FROM CallForProposals c WHERE c.status = :status ORDER BY c.deadline")
@NamedQuery(name = CallForProposals.BY_IDENTIFIER, query = "SELECT c FROM CallForProposals c WHERE c.identifier = :identifier")
public class CallForProposals implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String ALL = "CallForProposals.all";
    public static final String BY_STATUS = "CallForProposals.byStatus";
    public static final String BY_IDENTIFIER = "CallForProposals.byIdentifier";

    @Id
    @SequenceGenerator(name = "call_seq", sequenceName = "call_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_seq")
    private Long id;

    @Column(nullable = false, length = CallTerms.IDENTIFIER_MAX, updatable = false)
    private String identifier;

    @Column(nullable = false, length = CallTerms.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = CallTerms.DESCRIPTION_MAX)
    private String description;

    @Column(name = "opens_at", nullable = false)
    private OffsetDateTime opensAt;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(name = "min_grant", nullable = false, precision = 15, scale = 2)
    private BigDecimal minGrant;

    @Column(name = "max_grant", nullable = false, precision = 15, scale = 2)
    private BigDecimal maxGrant;

    @Column(name = "max_cofinancing_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxCofinancingRate;

    @Column(name = "min_partners", nullable = false)
    private int minPartners;

    @Column(name = "max_duration_months", nullable = false)
    private int maxDurationMonths;

    @Column(name = "rubric_reference", length = 80)
    private String rubricReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CallStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CallForProposals() {
    }

    public CallForProposals(String identifier, CallTerms terms) {
        this.identifier = identifier;
        this.status = CallStatus.DRAFT;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(terms);
    }

    /** Changes the terms of a draft; a published call keeps the rules applicants rely on. */
    public void revise(CallTerms terms) {
        if (status != CallStatus.DRAFT) {
            throw new IllegalStateException("Only a draft call can be revised");
        }
        apply(terms);
    }

    public void publish(Instant now) {
        if (status != CallStatus.DRAFT) {
            throw new IllegalStateException("Only a draft call can be published");
        }
        if (!deadline.toInstant().isAfter(now)) {
            throw new IllegalStateException("A call whose deadline has passed cannot be published");
        }
        status = CallStatus.OPEN;
    }

    public void close() {
        if (status != CallStatus.OPEN) {
            throw new IllegalStateException("Only an open call can be closed");
        }
        status = CallStatus.CLOSED;
    }

    /** Whether an applicant may submit at this instant (server time): open, opened, and before the deadline. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt.toInstant()) && now.isBefore(deadline.toInstant());
    }

    private void apply(CallTerms terms) {
        terms.check();
        this.title = terms.title().strip();
        this.description = terms.description().strip();
        this.opensAt = terms.opensAt().withOffsetSameInstant(ZoneOffset.UTC);
        this.deadline = terms.deadline().withOffsetSameInstant(ZoneOffset.UTC);
        this.budget = terms.budget();
        this.minGrant = terms.minGrant();
        this.maxGrant = terms.maxGrant();
        this.maxCofinancingRate = terms.maxCofinancingRate();
        this.minPartners = terms.minPartners();
        this.maxDurationMonths = terms.maxDurationMonths();
        this.rubricReference = terms.rubricReference() == null || terms.rubricReference().isBlank() ? null
                : terms.rubricReference().strip();
    }

    public CallTerms terms() {
        return new CallTerms(title, description, opensAt, deadline, budget, minGrant, maxGrant, maxCofinancingRate,
                minPartners, maxDurationMonths, rubricReference);
    }

    public Long getId() {
        return id;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getMinGrant() {
        return minGrant;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public BigDecimal getMaxCofinancingRate() {
        return maxCofinancingRate;
    }

    public int getMinPartners() {
        return minPartners;
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public String getRubricReference() {
        return rubricReference;
    }

    public CallStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
