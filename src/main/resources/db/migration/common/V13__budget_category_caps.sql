-- Budget: category budgets cap what a cost report may have accepted per cost category.
-- A call's flexibility says how far a category's accepted costs may exceed its budget without an amendment
-- (10 % by default, the EU's usual transfer between categories; 0 = a strict cap). Each reviewed cost line keeps
-- the cap that applied when it was reviewed, and the database refuses an accepted amount above it.
ALTER TABLE budget_call ADD COLUMN category_flexibility_pct NUMERIC(5,2) DEFAULT 10 NOT NULL;
ALTER TABLE budget_call ADD CONSTRAINT budget_call_flexibility_ck
    CHECK (category_flexibility_pct >= 0 AND category_flexibility_pct <= 100);

ALTER TABLE budget_cost_line ADD COLUMN cap_cents BIGINT;
ALTER TABLE budget_cost_line ADD CONSTRAINT budget_cost_line_cap_ck
    CHECK (cap_cents IS NULL OR (cap_cents >= 0 AND (accepted_cents IS NULL OR accepted_cents <= cap_cents)));
