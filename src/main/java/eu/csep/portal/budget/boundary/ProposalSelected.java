package eu.csep.portal.budget.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Fired (synchronously, inside its transaction) by the review component when a proposal is selected for funding.
 * The budget opens a PENDING commitment for it, which an officer then confirms, possibly at a reduced amount.
 *
 * @param proposalReference        the proposal's reference, unique across the programme (the grant's name)
 * @param organisationId           the applicant organisation's id
 * @param callIdentifier           the call's identifier, e.g. "CSEP-2026-01"; its call budget must exist
 * @param requestedContribution    the requested EU contribution in euros, at most two decimals
 * @param cofinancingRatePercent   the EU co-financing rate in percent (0 < rate <= 100), e.g. 80
 * @param costs                    the proposal's total costs per category as submitted; null when unknown (the
 *                                 confirmation then has no category budgets to pre-fill)
 */
public record ProposalSelected(String proposalReference, long organisationId, String callIdentifier,
        BigDecimal requestedContribution, BigDecimal cofinancingRatePercent, Costs costs) implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** Without the proposal's costs per category (the event's first form). */
    public ProposalSelected(String proposalReference, long organisationId, String callIdentifier,
            BigDecimal requestedContribution, BigDecimal cofinancingRatePercent) {
        this(proposalReference, organisationId, callIdentifier, requestedContribution, cofinancingRatePercent, null);
    }

    /**
     * The proposal's budget step: total (not EU) costs per cost category in euros, at most two decimals, none
     * negative; null counts as zero. {@code indirect} is the proposal's flat-rate indirect costs.
     */
    public record Costs(BigDecimal personnel, BigDecimal subcontracting, BigDecimal travel, BigDecimal equipment,
            BigDecimal otherGoodsAndServices, BigDecimal indirect) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
