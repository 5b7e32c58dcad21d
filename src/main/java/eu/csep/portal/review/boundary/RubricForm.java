package eu.csep.portal.review.boundary;

import eu.csep.portal.review.entity.Criterion;
import eu.csep.portal.review.entity.Scale;
import eu.csep.portal.shared.boundary.Refusal;
import java.math.BigDecimal;
import java.util.List;

/** A rubric as an officer defines it: name, scale, criteria and overall threshold. */
public record RubricForm(String name, String scale, List<RubricView.CriterionView> criteria,
        BigDecimal overallThreshold) {

    Scale parsedScale() {
        try {
            return Scale.valueOf(scale == null ? "" : scale.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("scale", "review.rubric.scale");
        }
    }

    List<Criterion> parsedCriteria() {
        if (criteria == null) {
            return List.of();
        }
        return criteria.stream().map(c -> {
            if (c == null || c.name() != null && c.name().length() > Criterion.NAME_MAX
                    || c.description() != null && c.description().length() > Criterion.DESCRIPTION_MAX) {
                throw Refusal.invalid("criteria", "review.rubric.criterionName");
            }
            return new Criterion(c.name(), c.description() == null ? null : c.description().strip(),
                    c.weight() == null ? BigDecimal.ONE : c.weight(), c.maxPoints(), c.threshold());
        }).toList();
    }
}
