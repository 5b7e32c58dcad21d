-- Calls for proposals (issue #3, first part). Amounts in euro with cents; deadlines in UTC.
-- (V2 and V3 are taken by the hash-matching and budget components.)
CREATE SEQUENCE call_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE call_for_proposals (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    identifier           VARCHAR(40)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    description          VARCHAR(8000) NOT NULL,
    opens_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline             TIMESTAMP WITH TIME ZONE NOT NULL,
    budget               NUMERIC(15, 2) NOT NULL,
    min_grant            NUMERIC(15, 2) NOT NULL,
    max_grant            NUMERIC(15, 2) NOT NULL,
    max_cofinancing_rate NUMERIC(5, 2)  NOT NULL,
    min_partners         INTEGER       NOT NULL,
    max_duration_months  INTEGER       NOT NULL,
    rubric_reference     VARCHAR(80),
    status               VARCHAR(10)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT call_identifier_uk UNIQUE (identifier),
    CONSTRAINT call_status_ck CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    CONSTRAINT call_dates_ck CHECK (deadline > opens_at),
    CONSTRAINT call_grants_ck CHECK (min_grant > 0 AND min_grant <= max_grant AND max_grant <= budget),
    CONSTRAINT call_rate_ck CHECK (max_cofinancing_rate > 0 AND max_cofinancing_rate <= 100),
    CONSTRAINT call_partners_ck CHECK (min_partners >= 0 AND max_duration_months > 0)
);
CREATE INDEX call_status_deadline_ix ON call_for_proposals (status, deadline);
