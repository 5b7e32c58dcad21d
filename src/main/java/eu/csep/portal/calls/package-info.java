/**
 * Calls for proposals and the proposals NGOs build and submit against them. A call is published by a programme
 * officer (draft, open, closed), carries its funding rules (budget, grant range, co-financing rate, partners,
 * duration) and its deadline in UTC. A proposal belongs to one organisation and one call; it is saved step by step
 * as a draft (summary, GAMMMA+ narrative, budget by cost category with computed 7 % indirect costs, KPI targets),
 * checked against every eligibility rule at once, submitted before the deadline by the server clock (each
 * submission kept as a numbered version, with a PDF receipt) or withdrawn. Concurrent edits are caught by the
 * proposal's version. Nothing is cached on a node: every request reads the database, so the cluster needs no
 * events for this component. Partners (step 3) and attachments (step 6) are not built yet; the eligibility check
 * reports their rules as not yet available. The budget component links a call's budget to the ledger.
 */
package eu.csep.portal.calls;
