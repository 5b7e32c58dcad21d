/**
 * Budget: the programme's envelope, the call budgets allocated from it, the commitments (grants) made against a
 * call budget, and the payments, recoveries and reversals against a commitment, as an append-only ledger whose
 * cached balances can always be recomputed from its entries. Owns the money, not the calls or the proposals:
 * a call budget is named by the call's identifier, a grant by the proposal's reference; the review component
 * tells it about a selection through the {@link eu.csep.portal.budget.boundary.ProposalSelected} CDI event.
 */
package eu.csep.portal.budget;
