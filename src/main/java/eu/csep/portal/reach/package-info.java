/**
 * Campaign reach (#6): the KPI catalogue (officer-editable; derived metrics computed, never typed), per-organisation
 * reporting tokens (identity's REPORT_REACH API tokens; reach serves a token only its organisation's campaigns), reach reports for a funded grant ("campaign") sent by form, CSV or API (idempotent, validated
 * all-or-nothing, anomalies flagged, corrections as new versions), the monthly aggregate kept on ingest and the
 * dashboards against the targets the proposal promised.
 * <p>
 * It owns the {@code reach_*} tables. It does not own grants (budget: {@code GrantFacts}), proposals and their
 * targets (calls: {@code CampaignTargets}) or organisations (identity: {@code Directory}).
 */
package eu.csep.portal.reach;
