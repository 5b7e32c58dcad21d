package eu.csep.portal.shared.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One line of the audit log. Immutable once written: there are no setters and updates are refused. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int DETAILS_MAX = 4000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "target_type", updatable = false, length = 60)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 80)
    private String targetId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(updatable = false, length = DETAILS_MAX)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String targetType, String targetId, Long organisationId,
            String details) {
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.organisationId = organisationId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details
                : details.substring(0, DETAILS_MAX - 1) + "…";
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("The audit log is append-only");
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getDetails() {
        return details;
    }
}
