-- Documents: every file uploaded to the portal (proposal attachments, reach evidence), with its hashes and the
-- outcome of hash screening. The bytes live in a table of their own so that listing files never reads them.
-- Same SQL on H2 2.2 and PostgreSQL 17.

CREATE SEQUENCE stored_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE stored_file (
    id              BIGINT        NOT NULL PRIMARY KEY,
    purpose         VARCHAR(40)   NOT NULL,
    organisation_id BIGINT        REFERENCES organisation (id),
    filename        VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    md5             CHAR(32)      NOT NULL,
    uploaded_by     VARCHAR(254)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    screening       VARCHAR(20)   NOT NULL,
    screening_note  VARCHAR(1000),
    screened_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT stored_file_size_ck CHECK (size_bytes > 0),
    CONSTRAINT stored_file_screening_ck CHECK (screening IN ('PENDING', 'CLEAR', 'QUARANTINED', 'RELEASED', 'BLOCKED'))
);
CREATE INDEX stored_file_organisation_ix ON stored_file (organisation_id);
CREATE INDEX stored_file_sha256_ix ON stored_file (sha256);
CREATE INDEX stored_file_screening_ix ON stored_file (screening);

CREATE TABLE stored_file_content (
    file_id         BIGINT        NOT NULL PRIMARY KEY REFERENCES stored_file (id) ON DELETE CASCADE,
    content         BYTEA         NOT NULL
);
