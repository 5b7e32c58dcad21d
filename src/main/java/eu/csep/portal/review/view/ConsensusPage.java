package eu.csep.portal.review.view;

import eu.csep.portal.review.boundary.Evaluations;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Backs /officer/consensus.xhtml?call=N&proposal=M: the moderator's consensus, the individual scores beside it. */
@Named
@ViewScoped
public class ConsensusPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    private Long call;
    private Long proposal;
    private Evaluations.ProposalRow row;
    private List<ScoreRow> rows = new ArrayList<>();

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
                rows.add(new ScoreRow(board.rubric().criteria().get(i), individual,
                        row.consensus() == null ? null : row.consensus().get(i)));
            }
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    public void save() {
        Messages.attempt("consensus", () -> {
            evaluations.writeConsensus(proposal, ScoreRow.inputs(rows));
            Messages.info("review.consensusSaved");
        });
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

    public List<ScoreRow> getRows() {
        return rows;
    }
}
