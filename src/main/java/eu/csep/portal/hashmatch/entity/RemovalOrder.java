package eu.csep.portal.hashmatch.entity;

import eu.csep.portal.shared.boundary.Refusal;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A removal order under the EU Terrorist Content Online Regulation (2021/784, art. 3): the content must be
 * removed or disabled within one hour of receipt. The deadline is fixed when the order is recorded.
 */
@Entity
@Table(name = "removal_order")
@NamedQuery(name = RemovalOrder.ALL, query = "SELECT o FROM RemovalOrder o ORDER BY o.receivedAt DESC, o.id DESC")
public class RemovalOrder {

    public static final String ALL = "RemovalOrder.all";
    public static final Duration TIME_LIMIT = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "removal_order_seq", sequenceName = "removal_order_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_order_seq")
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 100)
    private String platform;

    @Column(nullable = false, length = 200)
    private String authority;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "deadline_at", nullable = false)
    private OffsetDateTime deadlineAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "outcome_at")
    private OffsetDateTime outcomeAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected RemovalOrder() {
    }

    public RemovalOrder(String url, String platform, String authority, OffsetDateTime receivedAt, String createdBy,
            OffsetDateTime now) {
        this.url = url;
        this.platform = platform;
        this.authority = authority;
        this.receivedAt = receivedAt.withOffsetSameInstant(ZoneOffset.UTC);
        this.deadlineAt = this.receivedAt.plus(TIME_LIMIT);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void recordOutcome(Outcome result, OffsetDateTime at, OffsetDateTime now) {
        if (result == null) {
            throw Refusal.invalid("outcome", "hashmatch.referral.outcomeRequired");
        }
        if (at == null) {
            throw Refusal.invalid("outcomeAt", "hashmatch.field.required");
        }
        if (at.isBefore(receivedAt)) {
            throw Refusal.invalid("outcomeAt", "hashmatch.order.outcomeBeforeReceipt");
        }
        if (at.isAfter(now.plusMinutes(1))) {
            throw Refusal.invalid("outcomeAt", "hashmatch.referral.inFuture");
        }
        this.outcome = result;
        this.outcomeAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Past its deadline without an outcome, or with an outcome after the deadline. */
    public boolean isOverdue(OffsetDateTime now) {
        return outcomeAt == null ? now.isAfter(deadlineAt) : outcomeAt.isAfter(deadlineAt);
    }

    public String describe() {
        return "url=" + url + ", platform=" + platform + ", authority=" + authority + ", receivedAt=" + receivedAt
                + ", deadlineAt=" + deadlineAt + ", outcome=" + outcome + ", outcomeAt=" + outcomeAt;
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

    public String getAuthority() {
        return authority;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public OffsetDateTime getDeadlineAt() {
        return deadlineAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public OffsetDateTime getOutcomeAt() {
        return outcomeAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
