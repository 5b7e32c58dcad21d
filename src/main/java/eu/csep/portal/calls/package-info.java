/**
 * Calls for proposals and, later, the proposals NGOs build and submit against them. A call is published by a
 * programme officer (draft, open, closed), carries its funding rules (budget, grant range, co-financing rate,
 * partners, duration) and its deadline in UTC. Proposals, partners, attachments, eligibility and submission
 * receipts (issue #3) build on this; the budget component links a call's budget to the ledger.
 */
package eu.csep.portal.calls;
