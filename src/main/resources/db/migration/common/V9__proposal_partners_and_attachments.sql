-- Proposals, steps 3 and 6 (issue #3): partner organisations invited to a proposal (role, budget share, their
-- answer) and the files attached to it (the files themselves are stored by the documents component).
CREATE SEQUENCE proposal_partner_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE proposal_attachment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE proposal_partner (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    proposal_id        BIGINT         NOT NULL REFERENCES proposal (id),
    organisation_id    BIGINT         NOT NULL REFERENCES organisation (id),
    organisation_name  VARCHAR(300)   NOT NULL,
    applicant_name     VARCHAR(300)   NOT NULL,
    invited_email      VARCHAR(254)   NOT NULL,
    role               VARCHAR(300)   NOT NULL,
    budget_share       NUMERIC(15, 2) NOT NULL,
    status             VARCHAR(10)    NOT NULL,
    invited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    invited_by         VARCHAR(254)   NOT NULL,
    answered_at        TIMESTAMP WITH TIME ZONE,
    answered_by        VARCHAR(254),
    version            BIGINT         NOT NULL,
    CONSTRAINT proposal_partner_uk UNIQUE (proposal_id, organisation_id),
    CONSTRAINT proposal_partner_status_ck CHECK (status IN ('INVITED', 'CONFIRMED', 'DECLINED')),
    CONSTRAINT proposal_partner_share_ck CHECK (budget_share >= 0)
);
CREATE INDEX proposal_partner_organisation_ix ON proposal_partner (organisation_id);

CREATE TABLE proposal_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id),
    kind          VARCHAR(20)   NOT NULL,
    file_id       BIGINT        NOT NULL REFERENCES stored_file (id),
    attached_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_by   VARCHAR(254)  NOT NULL,
    CONSTRAINT proposal_attachment_file_uk UNIQUE (file_id),
    CONSTRAINT proposal_attachment_kind_ck CHECK (kind IN ('ANNEX', 'PARTNER_LETTER'))
);
CREATE INDEX proposal_attachment_proposal_ix ON proposal_attachment (proposal_id);
