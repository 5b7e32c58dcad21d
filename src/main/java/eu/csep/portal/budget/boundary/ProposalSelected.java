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
 */
public record ProposalSelected(String proposalReference, long organisationId, String callIdentifier,
        BigDecimal requestedContribution, BigDecimal cofinancingRatePercent) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
