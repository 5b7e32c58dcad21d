package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion of a rubric: what is judged, how much it weighs, its maximum on the scale and its threshold. */
@Embeddable
public class Criterion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 1000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "max_points", nullable = false, precision = 6, scale = 1)
    private BigDecimal maxPoints;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal threshold;

    protected Criterion() {
    }

    public Criterion(String name, String description, BigDecimal weight, BigDecimal maxPoints, BigDecimal threshold) {
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.maxPoints = maxPoints;
        this.threshold = threshold;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }
}
