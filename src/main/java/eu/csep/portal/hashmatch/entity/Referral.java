package eu.csep.portal.hashmatch.entity;

import eu.csep.portal.shared.boundary.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Online content a hash admin referred to a platform, with the hash entries it is about, and later what the
 * platform did. An outcome is never dated before the referral.
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.ALL, query = "SELECT r FROM Referral r ORDER BY r.referredOn DESC, r.id DESC")
public class Referral {

    public static final String ALL = "Referral.all";

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 100)
    private String platform;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(nullable = false, length = 100)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @ElementCollection
    @CollectionTable(name = "referral_entry", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "entry_id")
    private Set<Long> entryIds = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(String url, String platform, LocalDate referredOn, String category, Set<Long> entryIds,
            String createdBy, OffsetDateTime now) {
        this.url = url;
        this.platform = platform;
        this.referredOn = referredOn;
        this.category = category;
        this.entryIds = new TreeSet<>(entryIds);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Records (or corrects) the outcome; refused when dated before the referral or after {@code today}. */
    public void recordOutcome(Outcome result, LocalDate on, LocalDate today) {
        if (result == null) {
            throw Refusal.invalid("outcome", "hashmatch.referral.outcomeRequired");
        }
        if (on == null) {
            throw Refusal.invalid("outcomeOn", "hashmatch.field.required");
        }
        if (on.isBefore(referredOn)) {
            throw Refusal.invalid("outcomeOn", "hashmatch.referral.outcomeBeforeReferral", referredOn.toString());
        }
        if (on.isAfter(today)) {
            throw Refusal.invalid("outcomeOn", "hashmatch.referral.inFuture");
        }
        this.outcome = result;
        this.outcomeOn = on;
    }

    public String describe() {
        return "url=" + url + ", platform=" + platform + ", referredOn=" + referredOn + ", category=" + category
                + ", entries=" + entryIds + ", outcome=" + outcome + ", outcomeOn=" + outcomeOn;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getPlatform() {
        return platform;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getCategory() {
        return category;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public List<Long> getEntryIds() {
        return new ArrayList<>(entryIds);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
