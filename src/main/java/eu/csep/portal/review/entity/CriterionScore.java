package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** A score and its comment for one criterion (by position in the rubric); a draft may leave either empty. */
@Embeddable
public class CriterionScore implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int COMMENT_MAX = 4000;

    @Column(precision = 6, scale = 1)
    private BigDecimal score;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    protected CriterionScore() {
    }

    public CriterionScore(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
