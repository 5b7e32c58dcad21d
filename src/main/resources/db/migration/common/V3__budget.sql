-- Budget: the programme envelope, call budgets, commitments (grants) and the append-only ledger behind them.
-- Balance rows are caches of the ledger, locked FOR UPDATE by each posting; the CHECK constraints below make
-- the database itself refuse an overspent balance, whatever the Java code does. Same SQL on H2 2.2 and PostgreSQL.
-- No foreign key points at budget_programme: on PostgreSQL a referencing INSERT takes a KEY SHARE lock on the
-- programme row, which would queue every commitment behind an allocation's FOR UPDATE (and could deadlock);
-- the programme is one fixed row created here. Postings lock the call budget row BEFORE inserting rows that
-- reference it, for the same reason.

CREATE SEQUENCE budget_call_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE budget_commitment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE ledger_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE budget_programme (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    envelope_cents  BIGINT       NOT NULL,
    allocated_cents BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT budget_programme_code_uk UNIQUE (code),
    CONSTRAINT budget_programme_allocated_ck CHECK (allocated_cents >= 0 AND allocated_cents <= envelope_cents)
);

-- the programme's one envelope; the money in it arrives through ENVELOPE entries, so the ledger explains it
INSERT INTO budget_programme (id, code, name, envelope_cents, allocated_cents, version)
    VALUES (1, 'CSEP', 'Civil Society Empowerment Programme', 0, 0, 0);

CREATE TABLE budget_call (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    programme_id         BIGINT       NOT NULL,
    call_identifier      VARCHAR(40)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    budget_cents         BIGINT       NOT NULL,
    committed_cents      BIGINT       NOT NULL,
    paid_cents           BIGINT       NOT NULL,
    prefinancing_min_pct NUMERIC(5,2) NOT NULL,
    prefinancing_max_pct NUMERIC(5,2) NOT NULL,
    payment_ceiling_pct  NUMERIC(5,2) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT budget_call_identifier_uk UNIQUE (call_identifier),
    CONSTRAINT budget_call_committed_ck CHECK (committed_cents >= 0 AND committed_cents <= budget_cents),
    CONSTRAINT budget_call_paid_ck CHECK (paid_cents >= 0 AND paid_cents <= committed_cents),
    CONSTRAINT budget_call_rules_ck CHECK (prefinancing_min_pct >= 0 AND prefinancing_min_pct <= prefinancing_max_pct
        AND prefinancing_max_pct <= payment_ceiling_pct AND payment_ceiling_pct <= 100)
);

CREATE TABLE budget_commitment (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    call_budget_id       BIGINT       NOT NULL REFERENCES budget_call (id),
    proposal_reference   VARCHAR(60)  NOT NULL,
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    requested_cents      BIGINT       NOT NULL,
    cofinancing_rate_pct NUMERIC(5,2) NOT NULL,
    committed_cents      BIGINT       NOT NULL,
    paid_cents           BIGINT       NOT NULL,
    prefinanced_cents    BIGINT       NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    accepted_costs_cents BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT budget_commitment_reference_uk UNIQUE (proposal_reference),
    CONSTRAINT budget_commitment_paid_ck CHECK (paid_cents >= 0 AND paid_cents <= committed_cents),
    CONSTRAINT budget_commitment_amounts_ck CHECK (committed_cents >= 0 AND prefinanced_cents >= 0 AND requested_cents > 0),
    CONSTRAINT budget_commitment_rate_ck CHECK (cofinancing_rate_pct > 0 AND cofinancing_rate_pct <= 100),
    CONSTRAINT budget_commitment_status_ck CHECK (status IN ('PENDING', 'OPEN', 'CLOSED'))
);
CREATE INDEX budget_commitment_call_ix ON budget_commitment (call_budget_id);
CREATE INDEX budget_commitment_organisation_ix ON budget_commitment (organisation_id);

CREATE TABLE ledger_entry (
    id             BIGINT       NOT NULL PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    reversed_kind  VARCHAR(20),
    payment_type   VARCHAR(20),
    amount_cents   BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    programme_id   BIGINT       NOT NULL,
    call_budget_id BIGINT       REFERENCES budget_call (id),
    commitment_id  BIGINT       REFERENCES budget_commitment (id),
    actor          VARCHAR(254) NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    reference      VARCHAR(80),
    reversal_of    BIGINT       REFERENCES ledger_entry (id),
    CONSTRAINT ledger_entry_amount_ck CHECK (amount_cents > 0),
    CONSTRAINT ledger_entry_currency_ck CHECK (currency = 'EUR'),
    CONSTRAINT ledger_entry_kind_ck CHECK (kind IN ('ENVELOPE', 'ALLOCATION', 'COMMITMENT', 'DECOMMITMENT', 'PAYMENT',
        'RECOVERY', 'REVERSAL')),
    CONSTRAINT ledger_entry_reversal_ck CHECK ((kind = 'REVERSAL') = (reversal_of IS NOT NULL)
        AND (kind = 'REVERSAL') = (reversed_kind IS NOT NULL) AND (reversed_kind IS NULL OR reversed_kind <> 'REVERSAL')),
    CONSTRAINT ledger_entry_payment_ck CHECK ((payment_type IS NULL) OR (payment_type IN ('PRE_FINANCING', 'INTERIM',
        'FINAL_BALANCE') AND (kind = 'PAYMENT' OR reversed_kind = 'PAYMENT'))),
    -- an entry is reversed at most once
    CONSTRAINT ledger_entry_reversal_uk UNIQUE (reversal_of)
);
CREATE INDEX ledger_entry_call_ix ON ledger_entry (call_budget_id);
CREATE INDEX ledger_entry_commitment_ix ON ledger_entry (commitment_id);
CREATE INDEX ledger_entry_occurred_ix ON ledger_entry (occurred_at);
