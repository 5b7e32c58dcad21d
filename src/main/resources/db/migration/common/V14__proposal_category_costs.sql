-- Calls: each submitted version keeps its costs per category (step 4 as submitted), so a selection can hand the
-- proposal's budget to the budget component. Versions submitted before this migration have none (NULL).
ALTER TABLE proposal_submission ADD COLUMN personnel NUMERIC(15,2);
ALTER TABLE proposal_submission ADD COLUMN subcontracting NUMERIC(15,2);
ALTER TABLE proposal_submission ADD COLUMN travel NUMERIC(15,2);
ALTER TABLE proposal_submission ADD COLUMN equipment NUMERIC(15,2);
ALTER TABLE proposal_submission ADD COLUMN other_costs NUMERIC(15,2);
ALTER TABLE proposal_submission ADD COLUMN indirect_costs NUMERIC(15,2);

-- Budget: a commitment opened by a selection keeps the proposal's total costs per category (cents), from which the
-- officer's confirmation form pre-fills the EU share per category. NULL: no proposal budget (manual commitment).
ALTER TABLE budget_commitment ADD COLUMN proposed_personnel_cents BIGINT;
ALTER TABLE budget_commitment ADD COLUMN proposed_subcontracting_cents BIGINT;
ALTER TABLE budget_commitment ADD COLUMN proposed_travel_cents BIGINT;
ALTER TABLE budget_commitment ADD COLUMN proposed_equipment_cents BIGINT;
ALTER TABLE budget_commitment ADD COLUMN proposed_other_cents BIGINT;
ALTER TABLE budget_commitment ADD COLUMN proposed_indirect_cents BIGINT;
ALTER TABLE budget_commitment ADD CONSTRAINT budget_commitment_proposed_ck CHECK (
    (proposed_personnel_cents IS NULL OR proposed_personnel_cents >= 0)
    AND (proposed_subcontracting_cents IS NULL OR proposed_subcontracting_cents >= 0)
    AND (proposed_travel_cents IS NULL OR proposed_travel_cents >= 0)
    AND (proposed_equipment_cents IS NULL OR proposed_equipment_cents >= 0)
    AND (proposed_other_cents IS NULL OR proposed_other_cents >= 0)
    AND (proposed_indirect_cents IS NULL OR proposed_indirect_cents >= 0));
