package eu.csep.portal.reach.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A funded grant as reach sees it, registered the first time it is used: a snapshot of the grant (budget) and of the
 * targets its proposal promised (calls), both frozen once the commitment is confirmed. It runs from the first day
 * of the month its commitment was made for the proposal's duration in months.
 */
@Entity
@Table(name = "reach_campaign")
@NamedQuery(name = ReachCampaign.OF_ORGANISATION, query = "SELECT c FROM ReachCampaign c WHERE c.organisationId = :o ORDER BY c.reference")
@NamedQuery(name = ReachCampaign.ALL, query = "SELECT c FROM ReachCampaign c ORDER BY c.reference")
public class ReachCampaign {

    public static final String OF_ORGANISATION = "ReachCampaign.ofOrganisation";
    public static final String ALL = "ReachCampaign.all";

    @Id
    @Column(length = 60)
    private String reference;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "call_identifier", nullable = false, updatable = false, length = 60)
    private String callIdentifier;

    @Column(length = 300)
    private String title;

    @Column(length = 300)
    private String countries;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reach_target", joinColumns = @JoinColumn(name = "campaign_ref"))
    private List<CampaignTarget> targets = new ArrayList<>();

    protected ReachCampaign() {
    }

    public ReachCampaign(String reference, long organisationId, String callIdentifier, String title, String countries,
            LocalDate startsOn, int durationMonths, List<CampaignTarget> targets, OffsetDateTime now) {
        if (durationMonths < 1) {
            throw new IllegalArgumentException("a campaign lasts at least a month");
        }
        this.reference = reference;
        this.organisationId = organisationId;
        this.callIdentifier = callIdentifier;
        this.title = title;
        this.countries = countries;
        this.startsOn = startsOn.withDayOfMonth(1);
        this.endsOn = this.startsOn.plusMonths(durationMonths).minusDays(1);
        this.targets = new ArrayList<>(targets);
        this.registeredAt = now;
    }

    /** The last whole calendar month before today that lies inside the campaign, or null if none has closed yet. */
    public LocalDate lastClosedMonth(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        if (month.isBefore(startsOn)) {
            return null;
        }
        LocalDate lastMonth = endsOn.withDayOfMonth(1);
        return month.isAfter(lastMonth) ? lastMonth : month;
    }

    public List<String> countryList() {
        if (countries == null || countries.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(countries.split("[, ]+")).filter(s -> !s.isBlank()).toList();
    }

    public String getReference() {
        return reference;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getCallIdentifier() {
        return callIdentifier;
    }

    public String getTitle() {
        return title;
    }

    public String getCountries() {
        return countries;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<CampaignTarget> getTargets() {
        return targets;
    }
}
