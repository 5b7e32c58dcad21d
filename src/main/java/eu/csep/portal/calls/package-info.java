/**
 * Calls for proposals and the proposals NGOs build and submit against them. A call is published by a programme
 * officer (draft, open, closed), carries its funding rules (budget, grant range, co-financing rate, partners,
 * duration) and its deadline in UTC. A proposal belongs to one organisation and one call; it is saved step by step
 * as a draft (summary, GAMMMA+ narrative, budget by cost category with computed 7 % indirect costs, KPI targets),
 * checked against every eligibility rule at once, submitted before the deadline by the server clock (each
 * submission kept as a numbered version, with a PDF receipt) or withdrawn. Concurrent edits are caught by the
 * proposal's version. Nothing is cached on a node: every request reads the database, so the cluster needs no
 * events for this component. Partners (step 3) are other registered organisations invited through a member's
 * e-mail address; they confirm or decline and read only the proposal they are invited to. Attachments (step 6) are
 * stored by the documents component (which also has them screened); calls only records which file is the annex
 * and which are partner letters. It does not own organisations (identity) nor the files' bytes (documents). The
 * budget component links a call's budget to the ledger.
 */
package eu.csep.portal.calls;
