package eu.csep.portal.reach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;

/** A target the proposal promised: a platform, a KPI code and the number to reach over the grant's duration. */
@Embeddable
public class CampaignTarget implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Platform platform;

    @Column(nullable = false, length = 40)
    private String metric;

    @Column(nullable = false)
    private long target;

    protected CampaignTarget() {
    }

    public CampaignTarget(Platform platform, String metric, long target) {
        if (target < 0) {
            throw new IllegalArgumentException("a target is never negative");
        }
        this.platform = platform;
        this.metric = metric;
        this.target = target;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getMetric() {
        return metric;
    }

    public long getTarget() {
        return target;
    }
}
