-- Review and scoring (issue #4): a call's evaluation and rubric, reviewer profiles, assignments with conflict
-- declarations and cleared hints, individual reports, consensus reports and decisions. Proposals and accounts are
-- referenced by id (the calls and identity components own them).
CREATE SEQUENCE review_evaluation_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE review_assignment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE review_report_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE review_consensus_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE review_evaluation (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    call_id              BIGINT        NOT NULL REFERENCES call_for_proposals (id),
    call_identifier      VARCHAR(40)   NOT NULL,
    rubric_name          VARCHAR(80)   NOT NULL,
    scale                VARCHAR(12)   NOT NULL,
    overall_threshold    NUMERIC(7, 2) NOT NULL,
    reviews_per_proposal INTEGER       NOT NULL,
    max_load             INTEGER       NOT NULL,
    comment_min_length   INTEGER       NOT NULL,
    review_deadline      TIMESTAMP WITH TIME ZONE,
    tie_break            VARCHAR(200),
    calibrated           BOOLEAN       NOT NULL,
    frozen               BOOLEAN       NOT NULL,
    published            BOOLEAN       NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT review_evaluation_call_uk UNIQUE (call_id),
    CONSTRAINT review_evaluation_scale_ck CHECK (scale IN ('HALF_POINTS', 'POINTS')),
    CONSTRAINT review_evaluation_numbers_ck CHECK (reviews_per_proposal > 0 AND max_load > 0 AND comment_min_length >= 0)
);

CREATE TABLE review_criterion (
    evaluation_id BIGINT        NOT NULL REFERENCES review_evaluation (id),
    position      INTEGER       NOT NULL,
    name          VARCHAR(80)   NOT NULL,
    description   VARCHAR(1000),
    weight        NUMERIC(5, 2) NOT NULL,
    max_points    NUMERIC(6, 1) NOT NULL,
    threshold     NUMERIC(6, 1) NOT NULL,
    PRIMARY KEY (evaluation_id, position),
    CONSTRAINT review_criterion_ck CHECK (weight > 0 AND max_points > 0 AND threshold >= 0 AND threshold <= max_points)
);

CREATE TABLE review_reviewer (
    account_id           BIGINT       NOT NULL PRIMARY KEY REFERENCES account (id),
    expertise            VARCHAR(500),
    languages            VARCHAR(500),
    former_organisations VARCHAR(500),
    version              BIGINT       NOT NULL
);

CREATE TABLE review_assignment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    evaluation_id      BIGINT        NOT NULL REFERENCES review_evaluation (id),
    proposal_id        BIGINT        NOT NULL REFERENCES proposal (id),
    proposal_reference VARCHAR(60)   NOT NULL,
    reviewer_id        BIGINT        NOT NULL REFERENCES account (id),
    reviewer_email     VARCHAR(254)  NOT NULL,
    declaration        VARCHAR(12)   NOT NULL,
    declared_at        TIMESTAMP WITH TIME ZONE,
    declaration_note   VARCHAR(1000),
    hint               VARCHAR(1000),
    cleared_by         VARCHAR(254),
    clearance          VARCHAR(1000),
    assigned_by        VARCHAR(254)  NOT NULL,
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT review_assignment_uk UNIQUE (proposal_id, reviewer_id),
    CONSTRAINT review_assignment_declaration_ck CHECK (declaration IN ('PENDING', 'NO_CONFLICT', 'CONFLICT')),
    -- a hinted conflict is only ever assigned with an officer's written clearance
    CONSTRAINT review_assignment_clearance_ck CHECK (hint IS NULL OR (cleared_by IS NOT NULL AND clearance IS NOT NULL))
);
CREATE INDEX review_assignment_reviewer_ix ON review_assignment (reviewer_id);
CREATE INDEX review_assignment_evaluation_ix ON review_assignment (evaluation_id);

CREATE TABLE review_report (
    id            BIGINT       NOT NULL PRIMARY KEY,
    assignment_id BIGINT       NOT NULL REFERENCES review_assignment (id),
    evaluation_id BIGINT       NOT NULL REFERENCES review_evaluation (id),
    proposal_id   BIGINT       NOT NULL REFERENCES proposal (id),
    reviewer_id   BIGINT       NOT NULL REFERENCES account (id),
    status        VARCHAR(10)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    reopened      INTEGER      NOT NULL,
    version       BIGINT       NOT NULL,
    -- one report per assignment, so no reviewer writes a second report on a proposal
    CONSTRAINT review_report_assignment_uk UNIQUE (assignment_id),
    CONSTRAINT review_report_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT review_report_submitted_ck CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX review_report_evaluation_ix ON review_report (evaluation_id);

CREATE TABLE review_report_score (
    report_id    BIGINT        NOT NULL REFERENCES review_report (id),
    position     INTEGER       NOT NULL,
    score        NUMERIC(6, 1),
    comment_text VARCHAR(4000),
    PRIMARY KEY (report_id, position),
    CONSTRAINT review_report_score_ck CHECK (score IS NULL OR score >= 0)
);

CREATE TABLE review_consensus (
    id            BIGINT       NOT NULL PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL REFERENCES review_evaluation (id),
    proposal_id   BIGINT       NOT NULL REFERENCES proposal (id),
    moderator     VARCHAR(254) NOT NULL,
    written_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT review_consensus_proposal_uk UNIQUE (proposal_id)
);

CREATE TABLE review_consensus_score (
    consensus_id BIGINT        NOT NULL REFERENCES review_consensus (id),
    position     INTEGER       NOT NULL,
    score        NUMERIC(6, 1),
    comment_text VARCHAR(4000),
    PRIMARY KEY (consensus_id, position)
);

CREATE TABLE review_decision (
    proposal_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES proposal (id),
    evaluation_id    BIGINT       NOT NULL REFERENCES review_evaluation (id),
    outcome          VARCHAR(10)  NOT NULL,
    rank_at_decision INTEGER,
    decided_by       VARCHAR(254) NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT review_decision_outcome_ck CHECK (outcome IN ('SELECTED', 'RESERVE', 'REJECTED'))
);
