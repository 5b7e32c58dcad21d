-- Budget: financial reports of funded organisations (interim or final) with costs per category, and the officer's
-- review of each category. A report never moves money itself: accepting a FINAL report settles the grant through
-- the ledger's final-report postings. The CHECK constraints make the database refuse an EU share above
-- co-financing rate x accepted eligible costs. Same SQL on H2 2.2 and PostgreSQL.

CREATE SEQUENCE budget_cost_report_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE budget_cost_report (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    commitment_id        BIGINT       NOT NULL REFERENCES budget_commitment (id),
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    report_type          VARCHAR(10)  NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    cofinancing_rate_pct NUMERIC(5,2) NOT NULL,
    claimed_cents        BIGINT       NOT NULL,
    accepted_cents       BIGINT,
    eu_share_cents       BIGINT,
    final_balance_cents  BIGINT,
    submitted_by         VARCHAR(254) NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by          VARCHAR(254),
    reviewed_at          TIMESTAMP WITH TIME ZONE,
    review_reason        VARCHAR(500),
    version              BIGINT       NOT NULL,
    CONSTRAINT budget_cost_report_type_ck CHECK (report_type IN ('INTERIM', 'FINAL')),
    CONSTRAINT budget_cost_report_status_ck CHECK (status IN ('SUBMITTED', 'REVIEWED')),
    CONSTRAINT budget_cost_report_claimed_ck CHECK (claimed_cents > 0),
    CONSTRAINT budget_cost_report_review_ck CHECK ((status = 'REVIEWED') = (accepted_cents IS NOT NULL)
        AND (accepted_cents IS NULL) = (eu_share_cents IS NULL)),
    CONSTRAINT budget_cost_report_accepted_ck CHECK (accepted_cents IS NULL OR (accepted_cents >= 0
        AND accepted_cents <= claimed_cents)),
    -- the EU share of accepted costs never exceeds co-financing rate x accepted eligible costs
    CONSTRAINT budget_cost_report_share_ck CHECK (eu_share_cents IS NULL OR (eu_share_cents >= 0
        AND eu_share_cents * 100 <= accepted_cents * cofinancing_rate_pct))
);
CREATE INDEX budget_cost_report_commitment_ix ON budget_cost_report (commitment_id);
CREATE INDEX budget_cost_report_organisation_ix ON budget_cost_report (organisation_id);

CREATE TABLE budget_cost_line (
    report_id         BIGINT       NOT NULL REFERENCES budget_cost_report (id),
    category          VARCHAR(30)  NOT NULL,
    claimed_cents     BIGINT       NOT NULL,
    accepted_cents    BIGINT,
    adjustment_reason VARCHAR(500),
    CONSTRAINT budget_cost_line_pk PRIMARY KEY (report_id, category),
    CONSTRAINT budget_cost_line_category_ck CHECK (category IN ('PERSONNEL', 'SUBCONTRACTING', 'TRAVEL', 'EQUIPMENT',
        'OTHER_GOODS_AND_SERVICES', 'INDIRECT_COSTS')),
    CONSTRAINT budget_cost_line_amounts_ck CHECK (claimed_cents >= 0 AND (accepted_cents IS NULL
        OR (accepted_cents >= 0 AND accepted_cents <= claimed_cents))),
    -- an adjusted category names its reason
    CONSTRAINT budget_cost_line_reason_ck CHECK (accepted_cents IS NULL OR accepted_cents = claimed_cents
        OR adjustment_reason IS NOT NULL)
);

-- Amendments between cost categories: an append-only sub-ledger of a grant's commitment. A movement takes money from
-- a category (or from the commitment not yet assigned to any category, from_category NULL) and gives it to another
-- (or back to the unassigned commitment, to_category NULL). A category's budget is the sum of its movements; nothing
-- is edited, a mistake is corrected by the opposite movement.
CREATE SEQUENCE budget_category_movement_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE budget_category_movement (
    id            BIGINT       NOT NULL PRIMARY KEY,
    commitment_id BIGINT       NOT NULL REFERENCES budget_commitment (id),
    from_category VARCHAR(30),
    to_category   VARCHAR(30),
    amount_cents  BIGINT       NOT NULL,
    actor         VARCHAR(254) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    CONSTRAINT budget_category_movement_amount_ck CHECK (amount_cents > 0),
    CONSTRAINT budget_category_movement_ends_ck CHECK ((from_category IS NOT NULL OR to_category IS NOT NULL)
        AND (from_category IS NULL OR to_category IS NULL OR from_category <> to_category))
);
CREATE INDEX budget_category_movement_commitment_ix ON budget_category_movement (commitment_id);
