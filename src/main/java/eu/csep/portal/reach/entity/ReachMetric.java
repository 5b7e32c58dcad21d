package eu.csep.portal.reach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A metric of the KPI catalogue. Officers edit its wording, unit, tier and whether it is offered; its kind (how
 * values are checked) is fixed once created, and derived metrics are computed by the portal, never typed.
 */
@Entity
@Table(name = "reach_metric")
@NamedQuery(name = ReachMetric.ALL, query = "SELECT m FROM ReachMetric m ORDER BY m.position, m.code")
public class ReachMetric {

    public static final String ALL = "ReachMetric.all";
    public static final String CODE_PATTERN = "[a-z][a-z0-9_]{1,39}";

    @Id
    @Pattern(regexp = CODE_PATTERN)
    @Column(length = 40, updatable = false)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String definition;

    @NotBlank
    @Size(max = 30)
    @Column(nullable = false, length = 30)
    private String unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private MetricKind kind;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version
    private long version;

    protected ReachMetric() {
    }

    public ReachMetric(String code, MetricKind kind, int position) {
        if (kind == MetricKind.DERIVED) {
            throw new IllegalArgumentException("derived metrics are defined by the portal");
        }
        this.code = code;
        this.kind = kind;
        this.position = position;
        this.active = true;
    }

    public void describe(String name, String definition, String unit, Tier tier, boolean active, String by,
            OffsetDateTime now) {
        this.name = name == null ? null : name.strip();
        this.definition = definition == null ? null : definition.strip();
        this.unit = unit == null ? null : unit.strip();
        this.tier = tier;
        this.active = active;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public String getUnit() {
        return unit;
    }

    public Tier getTier() {
        return tier;
    }

    public MetricKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
