-- Identity: organisations (NGOs), accounts with one role each, one-time tokens; and the append-only audit log.
-- Ids come from sequences (IDENTITY columns fail on H2 2.x with EclipseLink 4). INCREMENT BY = JPA allocationSize (1: EclipseLink 4 on H2 rejects larger pre-allocation).

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE account_token_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE organisation (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    legal_name          VARCHAR(200) NOT NULL,
    country             CHAR(2)      NOT NULL,
    registration_number VARCHAR(40)  NOT NULL,
    email_domain        VARCHAR(253) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT organisation_registration_uk UNIQUE (country, registration_number)
);

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(400),
    role            VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    organisation_id BIGINT REFERENCES organisation (id),
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    preferred_locale VARCHAR(5),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT account_email_uk UNIQUE (email),
    CONSTRAINT account_role_ck CHECK (role IN ('APPLICANT', 'REVIEWER', 'OFFICER', 'HASH_ADMIN', 'ADMIN')),
    CONSTRAINT account_status_ck CHECK (status IN ('UNCONFIRMED', 'INVITED', 'ACTIVE', 'DISABLED')),
    CONSTRAINT account_applicant_org_ck CHECK ((role = 'APPLICANT') = (organisation_id IS NOT NULL))
);
CREATE INDEX account_organisation_ix ON account (organisation_id);

-- only the SHA-256 of a token is stored: a leaked table holds no usable link
CREATE TABLE account_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT account_token_purpose_ck CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'INVITATION'))
);
CREATE INDEX account_token_account_ix ON account_token (account_id);

CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(254) NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    target_type     VARCHAR(60),
    target_id       VARCHAR(80),
    organisation_id BIGINT,
    details         VARCHAR(4000)
);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor);
CREATE INDEX audit_entry_target_ix ON audit_entry (target_type, target_id);
