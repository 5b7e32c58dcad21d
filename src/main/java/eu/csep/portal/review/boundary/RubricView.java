package eu.csep.portal.review.boundary;

import eu.csep.portal.review.entity.Criterion;
import eu.csep.portal.review.entity.Evaluation;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A call's rubric and evaluation settings, for reviewers, officers and the API. */
public record RubricView(String callIdentifier, String name, String scale, List<CriterionView> criteria,
        BigDecimal overallThreshold, int reviewsPerProposal, int maxLoad, int commentMinLength,
        OffsetDateTime reviewDeadline, String tieBreak, boolean calibrated, boolean frozen, boolean published) {

    public record CriterionView(String name, String description, BigDecimal weight, BigDecimal maxPoints,
            BigDecimal threshold) {
    }

    public static RubricView of(Evaluation e) {
        return new RubricView(e.getCallIdentifier(), e.getRubricName(), e.getScale().name(),
                e.getCriteria().stream().map(RubricView::criterion).toList(), e.getOverallThreshold(),
                e.getReviewsPerProposal(), e.getMaxLoad(), e.getCommentMinLength(), e.getReviewDeadline(),
                e.getTieBreak(), e.isCalibrated(), e.isFrozen(), e.isPublished());
    }

    private static CriterionView criterion(Criterion c) {
        return new CriterionView(c.getName(), c.getDescription(), c.getWeight(), c.getMaxPoints(), c.getThreshold());
    }
}
