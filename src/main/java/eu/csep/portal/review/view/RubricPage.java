package eu.csep.portal.review.view;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.review.boundary.Evaluations;
import eu.csep.portal.review.boundary.RubricForm;
import eu.csep.portal.review.boundary.RubricView;
import eu.csep.portal.review.entity.Evaluation;
import eu.csep.portal.review.entity.Scale;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /officer/rubric.xhtml?call=N: the officer edits the call's rubric — name, scale, criteria rows (name,
 * description, weight, maximum, threshold) and overall threshold — through {@link Evaluations#defineRubric}, which
 * checks it and refuses once the rubric is frozen (a report submitted). The rows are replaced as a whole on save.
 */
@Named
@ViewScoped
public class RubricPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    private Long call;
    private List<ProposalsForReview.CallFacts> calls = List.of();
    private RubricView rubric;
    private String name;
    private String scale;
    private BigDecimal overallThreshold;
    private final List<Row> rows = new ArrayList<>();

    /** One editable criterion. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String name;
        private String description;
        private BigDecimal weight = BigDecimal.ONE;
        private BigDecimal maxPoints;
        private BigDecimal threshold = BigDecimal.ZERO;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal v) { weight = v; }
        public BigDecimal getMaxPoints() { return maxPoints; }
        public void setMaxPoints(BigDecimal v) { maxPoints = v; }
        public BigDecimal getThreshold() { return threshold; }
        public void setThreshold(BigDecimal v) { threshold = v; }
    }

    public void load() throws IOException {
        if (rubric != null) {
            return; // a postback of the same view keeps the rows being edited
        }
        calls = evaluations.calls();
        if (call == null) {
            // like the evaluation page: the first call whose submissions are closed, else a choice of calls
            call = calls.stream().filter(ProposalsForReview.CallFacts::closed).map(ProposalsForReview.CallFacts::id)
                    .findFirst().orElse(null);
            if (call == null) {
                return;
            }
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        rubric = RubricView.of(evaluations.ofCall(call));
        name = rubric.name();
        scale = rubric.scale();
        overallThreshold = rubric.overallThreshold();
        rows.clear();
        rubric.criteria().forEach(c -> {
            Row row = new Row();
            row.name = c.name();
            row.description = c.description();
            row.weight = c.weight();
            row.maxPoints = c.maxPoints();
            row.threshold = c.threshold();
            rows.add(row);
        });
    }

    public void addRow() {
        if (rows.size() < Evaluation.MAX_CRITERIA) {
            rows.add(new Row());
        }
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void save() {
        Messages.attempt("rubric", () -> {
            evaluations.defineRubric(call, new RubricForm(name, scale, rows.stream()
                    .map(r -> new RubricView.CriterionView(r.name, r.description, r.weight, r.maxPoints, r.threshold))
                    .toList(), overallThreshold));
            refresh();
            Messages.info("review.rubricSaved");
        });
    }

    public Scale[] getScales() {
        return Scale.values();
    }

    public boolean isFull() {
        return rows.size() >= Evaluation.MAX_CRITERIA;
    }

    public List<ProposalsForReview.CallFacts> getCalls() { return calls; }
    public Long getCall() { return call; }
    public void setCall(Long v) { call = v; }
    public RubricView getRubric() { return rubric; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getScale() { return scale; }
    public void setScale(String v) { scale = v; }
    public BigDecimal getOverallThreshold() { return overallThreshold; }
    public void setOverallThreshold(BigDecimal v) { overallThreshold = v; }
    public List<Row> getRows() { return rows; }
}
