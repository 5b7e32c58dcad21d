-- Proposals (issue #3, applicant side): an organisation's answer to a call, saved step by step as a draft,
-- submitted (each submission is kept as a numbered version) or withdrawn. Amounts in euro with cents.
CREATE SEQUENCE proposal_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE proposal_submission_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE proposal (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    call_id             BIGINT        NOT NULL REFERENCES call_for_proposals (id),
    organisation_id     BIGINT        NOT NULL REFERENCES organisation (id),
    status              VARCHAR(10)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(254)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    title               VARCHAR(300),
    acronym             VARCHAR(30),
    abstract_text       VARCHAR(4000),
    languages           VARCHAR(300),
    target_countries    VARCHAR(300),
    goal                VARCHAR(4000),
    audience            VARCHAR(4000),
    grievances          VARCHAR(4000),
    message             VARCHAR(4000),
    messenger           VARCHAR(4000),
    media               VARCHAR(4000),
    call_to_action      VARCHAR(4000),
    personnel           NUMERIC(15, 2) NOT NULL,
    subcontracting      NUMERIC(15, 2) NOT NULL,
    travel              NUMERIC(15, 2) NOT NULL,
    equipment           NUMERIC(15, 2) NOT NULL,
    other_costs         NUMERIC(15, 2) NOT NULL,
    eu_contribution     NUMERIC(15, 2),
    duration_months     INTEGER,
    impact_indicators   VARCHAR(4000),
    submissions         INTEGER       NOT NULL,
    last_submitted_at   TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT proposal_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT proposal_costs_ck CHECK (personnel >= 0 AND subcontracting >= 0 AND travel >= 0 AND equipment >= 0
        AND other_costs >= 0 AND (eu_contribution IS NULL OR eu_contribution >= 0)),
    CONSTRAINT proposal_duration_ck CHECK (duration_months IS NULL OR duration_months > 0)
);
CREATE INDEX proposal_organisation_ix ON proposal (organisation_id);
CREATE INDEX proposal_call_ix ON proposal (call_id);

-- step 5: campaign KPI targets, one row per platform or channel
CREATE TABLE proposal_kpi (
    proposal_id      BIGINT       NOT NULL REFERENCES proposal (id),
    platform         VARCHAR(60)  NOT NULL,
    impressions      BIGINT       NOT NULL,
    unique_reach     BIGINT       NOT NULL,
    engagements      BIGINT       NOT NULL,
    video_views      BIGINT       NOT NULL,
    click_throughs   BIGINT       NOT NULL,
    CONSTRAINT proposal_kpi_pk PRIMARY KEY (proposal_id, platform),
    CONSTRAINT proposal_kpi_ck CHECK (impressions >= 0 AND unique_reach >= 0 AND engagements >= 0
        AND video_views >= 0 AND click_throughs >= 0)
);

-- every submission is kept: version n of a proposal as it was submitted (never updated)
CREATE TABLE proposal_submission (
    id                BIGINT        NOT NULL PRIMARY KEY,
    proposal_id       BIGINT        NOT NULL REFERENCES proposal (id),
    version_number    INTEGER       NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by      VARCHAR(254)  NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    acronym           VARCHAR(30)   NOT NULL,
    total_cost        NUMERIC(15, 2) NOT NULL,
    eu_contribution   NUMERIC(15, 2) NOT NULL,
    cofinancing_rate  NUMERIC(7, 4)  NOT NULL,
    duration_months   INTEGER       NOT NULL,
    content           VARCHAR(30000) NOT NULL,
    CONSTRAINT proposal_submission_uk UNIQUE (proposal_id, version_number)
);
