/**
 * Budget: the programme's envelope, the call budgets allocated from it, the commitments (grants) made against a
 * call budget, and the payments, recoveries and reversals against a commitment, as an append-only ledger whose
 * cached balances can always be recomputed from its entries. Owns the money, not the calls or the proposals:
 * a call budget is named by the call's identifier, a grant by the proposal's reference; the review component
 * tells it about a selection through the {@link eu.csep.portal.budget.boundary.ProposalSelected} CDI event.
 * <p>
 * Also owns the funded organisations' financial reports (interim and final, costs per category) and their review
 * ({@link eu.csep.portal.budget.boundary.CostReports}); accepting a final report settles the grant through the
 * ledger's final-report postings. A grant's budget per cost category (EU money, set at confirmation or moved by
 * amendments) caps what a report may have accepted in each category: its budget plus the call's flexibility (10 % by
 * default) at the grant's co-financing rate ({@link eu.csep.portal.budget.entity.CategoryCaps}).
 * <p>
 * Cluster: the cached balances live in database rows (locked FOR UPDATE by each posting), never in node memory,
 * so every node of a cluster sees the same figures and no cache needs invalidating.
 */
package eu.csep.portal.budget;
