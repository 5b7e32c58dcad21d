package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A score and its comment for one criterion, by its position in the rubric; a draft may leave either empty. The
 * position is part of the value: EclipseLink tells the rows of an element collection apart by their values only, so
 * two equal scores (or two blank ones) must still differ.
 */
@Embeddable
public class CriterionScore implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int COMMENT_MAX = 4000;

    @Column(nullable = false)
    private int position;

    @Column(precision = 6, scale = 1)
    private BigDecimal score;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    protected CriterionScore() {
    }

    /** A score as given, not yet placed in a rubric (position 0). */
    public CriterionScore(BigDecimal score, String comment) {
        this(0, score, comment);
    }

    public CriterionScore(int position, BigDecimal score, String comment) {
        this.position = position;
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** This score placed at a position of the rubric. */
    public CriterionScore at(int newPosition) {
        return new CriterionScore(newPosition, score, comment);
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
