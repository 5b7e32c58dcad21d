/**
 * Review and scoring of submitted proposals: a call's evaluation (its rubric on one of two scales, thresholds,
 * reviews per proposal, review deadline, calibration switch, publication of results), reviewers' expertise and
 * languages, conflicts of interest (declarations before any document is shown, automatic hints that need an
 * officer's written clearance), assignment (manual and automatic), individual evaluation reports (draft, submitted
 * and locked, reopened by an officer with a reason), divergence, consensus reports, calibration of reviewers'
 * harshness, ranking against the call's budget, decisions and the evaluation summary report (ESR).
 * It does not own proposals or calls (read through {@code calls.boundary.ProposalsForReview}) nor commitments
 * (selecting a proposal fires {@code budget.boundary.ProposalSelected}).
 */
package eu.csep.portal.review;
