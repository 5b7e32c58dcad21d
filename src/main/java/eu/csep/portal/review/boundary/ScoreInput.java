package eu.csep.portal.review.boundary;

import eu.csep.portal.review.entity.CriterionScore;
import java.math.BigDecimal;
import java.util.List;

/** A score and comment for one criterion, as a page or the API sends it (in rubric order). */
public record ScoreInput(BigDecimal score, String comment) {

    static List<CriterionScore> toScores(List<ScoreInput> given) {
        return given == null ? null : given.stream().map(s -> s == null ? new CriterionScore(null, null)
                : new CriterionScore(s.score(), s.comment())).toList();
    }

    static List<ScoreInput> of(List<CriterionScore> scores) {
        return scores.stream().map(s -> new ScoreInput(s.getScore(), s.getComment())).toList();
    }
}
