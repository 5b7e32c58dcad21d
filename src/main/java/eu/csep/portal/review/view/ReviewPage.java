package eu.csep.portal.review.view;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.review.boundary.Reviewing;
import eu.csep.portal.review.boundary.RubricView;
import eu.csep.portal.review.boundary.ScoreInput;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /reviewer/review.xhtml?assignment=N: the conflict declaration first; only after "no conflict" the proposal's
 * content and the report form (score and comment per criterion; save, submit), then the peers' scores.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Reviewing reviewing;

    private Long assignment;
    private Reviewing.AssignmentView view;
    private ProposalsForReview.Content content;
    private RubricView rubric;
    private Reviewing.ReportView report;
    private List<ScoreRow> rows = new ArrayList<>();
    private List<Reviewing.PeerView> peers = List.of();
    private String note;

    public void load() throws IOException {
        if (assignment == null) {
            return;
        }
        try {
            refresh();
        } catch (EJBException | Refusal e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        view = reviewing.assignment(assignment);
        if (!"NO_CONFLICT".equals(view.declaration())) {
            content = null;
            return;
        }
        content = reviewing.proposal(assignment);
        rubric = reviewing.rubric(assignment);
        report = reviewing.report(assignment).orElse(null);
        rows = new ArrayList<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            rows.add(new ScoreRow(rubric.criteria().get(i), List.of(), report == null ? null : report.scores().get(i)));
        }
        peers = isSubmitted() ? reviewing.peers(assignment) : List.of();
    }

    public void declareNoConflict() {
        declare(false);
    }

    public void declareConflict() {
        declare(true);
    }

    private void declare(boolean conflict) {
        Messages.attempt("review", () -> {
            reviewing.declare(assignment, conflict, note);
            if (conflict) {
                Messages.info("review.declared.conflict");
                view = null;
            } else {
                refresh();
                Messages.info("review.declared.noConflict");
            }
        });
    }

    public void save() {
        Messages.attempt("review", () -> {
            reviewing.save(assignment, scores());
            refresh();
            Messages.info("review.saved");
        });
    }

    public void submit() {
        Messages.attempt("review", () -> {
            reviewing.save(assignment, scores());
            reviewing.submit(assignment);
            refresh();
            Messages.info("review.submitted");
        });
    }

    private List<ScoreInput> scores() {
        return ScoreRow.inputs(rows);
    }

    public boolean isSubmitted() {
        return report != null && "SUBMITTED".equals(report.status());
    }

    public boolean isEditable() {
        return view != null && view.writable() && !isSubmitted();
    }

    public Long getAssignment() {
        return assignment;
    }

    public void setAssignment(Long assignment) {
        this.assignment = assignment;
    }

    public Reviewing.AssignmentView getView() {
        return view;
    }

    public String getReference() {
        return view == null ? null : view.proposalReference();
    }

    public String getDeclaration() {
        return view == null ? null : view.declaration();
    }

    public ProposalsForReview.Content getContent() {
        return content;
    }

    public RubricView getRubric() {
        return rubric;
    }

    public Reviewing.ReportView getReport() {
        return report;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public List<Reviewing.PeerView> getPeers() {
        return peers;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
