package eu.csep.portal.review.view;

import eu.csep.portal.review.boundary.Evaluations;
import eu.csep.portal.review.boundary.RubricView;
import eu.csep.portal.review.boundary.ScoreInput;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Backs /officer/consensus.xhtml?call=N&proposal=M: the moderator's consensus, the individual scores beside it. */
@Named
@ViewScoped
public class ConsensusPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One criterion: the individual scores and the consensus score and comment being written. */
    public static final class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final RubricView.CriterionView criterion;
        private final List<String> individual;
        private BigDecimal score;
        private String comment;

        Row(RubricView.CriterionView criterion, List<String> individual, ScoreInput given) {
            this.criterion = criterion;
            this.individual = individual;
            this.score = given == null ? null : given.score();
            this.comment = given == null ? null : given.comment();
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

    @Inject
    Evaluations evaluations;

    private Long call;
    private Long proposal;
    private Evaluations.ProposalRow row;
    private List<Row> rows = new ArrayList<>();

    public void load() throws IOException {
        if (call == null || proposal == null) {
            return;
        }
        try {
            Evaluations.BoardView board = evaluations.board(call);
            row = board.proposals().stream().filter(p -> p.proposalId() == proposal).findFirst().orElseThrow();
            rows = new ArrayList<>();
            for (int i = 0; i < board.rubric().criteria().size(); i++) {
                int c = i;
                List<String> individual = row.assignments().stream().filter(a -> "SUBMITTED".equals(a.reportStatus()))
                        .map(a -> a.scores().get(c).score() + " - " + a.scores().get(c).comment()).toList();
                rows.add(new Row(board.rubric().criteria().get(i), individual,
                        row.consensus() == null ? null : row.consensus().get(i)));
            }
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() {
        try {
            evaluations.writeConsensus(proposal, rows.stream().map(r -> new ScoreInput(r.getScore(), r.getComment()))
                    .toList());
            Messages.info("review.consensusSaved");
        } catch (RuntimeException e) {
            if (!Messages.show("consensus", e)) {
                throw e;
            }
        }
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public Long getProposal() {
        return proposal;
    }

    public void setProposal(Long proposal) {
        this.proposal = proposal;
    }

    public Evaluations.ProposalRow getRow() {
        return row;
    }

    public List<Row> getRows() {
        return rows;
    }
}
