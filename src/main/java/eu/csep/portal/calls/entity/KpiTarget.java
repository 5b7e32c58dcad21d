package eu.csep.portal.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** Step 5: the campaign targets on one platform or channel, which a funded campaign later reports against. */
@Embeddable
public class KpiTarget implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String platform;

    @PositiveOrZero
    @Column(nullable = false)
    private long impressions;

    @PositiveOrZero
    @Column(name = "unique_reach", nullable = false)
    private long uniqueReach;

    @PositiveOrZero
    @Column(nullable = false)
    private long engagements;

    @PositiveOrZero
    @Column(name = "video_views", nullable = false)
    private long videoViews;

    @PositiveOrZero
    @Column(name = "click_throughs", nullable = false)
    private long clickThroughs;

    public KpiTarget() {
    }

    public KpiTarget(String platform, long impressions, long uniqueReach, long engagements, long videoViews,
            long clickThroughs) {
        this.platform = platform;
        this.impressions = impressions;
        this.uniqueReach = uniqueReach;
        this.engagements = engagements;
        this.videoViews = videoViews;
        this.clickThroughs = clickThroughs;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public long getImpressions() {
        return impressions;
    }

    public void setImpressions(long impressions) {
        this.impressions = impressions;
    }

    public long getUniqueReach() {
        return uniqueReach;
    }

    public void setUniqueReach(long uniqueReach) {
        this.uniqueReach = uniqueReach;
    }

    public long getEngagements() {
        return engagements;
    }

    public void setEngagements(long engagements) {
        this.engagements = engagements;
    }

    public long getVideoViews() {
        return videoViews;
    }

    public void setVideoViews(long videoViews) {
        this.videoViews = videoViews;
    }

    public long getClickThroughs() {
        return clickThroughs;
    }

    public void setClickThroughs(long clickThroughs) {
        this.clickThroughs = clickThroughs;
    }

    public KpiTarget copy() {
        return new KpiTarget(platform == null ? null : platform.strip(), impressions, uniqueReach, engagements,
                videoViews, clickThroughs);
    }
}
