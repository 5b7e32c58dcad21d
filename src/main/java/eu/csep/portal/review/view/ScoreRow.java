package eu.csep.portal.review.view;

import eu.csep.portal.review.boundary.RubricView;
import eu.csep.portal.review.boundary.ScoreInput;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One criterion's line of a scoring form (report or consensus): the criterion, what others gave, score and comment. */
public final class ScoreRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private final RubricView.CriterionView criterion;
    private final List<String> individual;
    private BigDecimal score;
    private String comment;

    ScoreRow(RubricView.CriterionView criterion, List<String> individual, ScoreInput given) {
        this.criterion = criterion;
        this.individual = List.copyOf(individual);
        this.score = given == null ? null : given.score();
        this.comment = given == null ? null : given.comment();
    }

    static List<ScoreInput> inputs(List<ScoreRow> rows) {
        return rows.stream().map(r -> new ScoreInput(r.getScore(), r.getComment())).toList();
    }

    public RubricView.CriterionView getCriterion() {
        return criterion;
    }

    public List<String> getIndividual() {
        return individual;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
