-- hashmatch (issue #7): screening cases of portal uploads that matched a hash list, and the status of long
-- imports (stored here so that every cluster node can show an import's progress).
CREATE SEQUENCE screening_case_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE hash_import_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE screening_case (
    id               BIGINT        NOT NULL PRIMARY KEY,
    file_id          BIGINT        NOT NULL,
    purpose          VARCHAR(100)  NOT NULL,
    organisation_id  BIGINT,
    filename         VARCHAR(255)  NOT NULL,
    content_type     VARCHAR(100),
    sha256           VARCHAR(64)   NOT NULL,
    md5              VARCHAR(32)   NOT NULL,
    pdq              VARCHAR(64),
    pdq_quality      INTEGER,
    uploaded_by      VARCHAR(254)  NOT NULL,
    match_log_id     BIGINT,
    matches          VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(254),
    decided_at       TIMESTAMP WITH TIME ZONE,
    reason           VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT screening_case_file_uk UNIQUE (file_id),
    CONSTRAINT screening_case_status_ck CHECK (status IN ('OPEN', 'RELEASED', 'BLOCKED')),
    CONSTRAINT screening_case_decided_ck CHECK ((status = 'OPEN' AND decided_at IS NULL)
        OR (status <> 'OPEN' AND decided_at IS NOT NULL AND decided_by IS NOT NULL AND reason IS NOT NULL))
);
CREATE INDEX screening_case_status_ix ON screening_case (status, created_at);

CREATE TABLE hash_import_job (
    id               BIGINT        NOT NULL PRIMARY KEY,
    list_id          BIGINT        NOT NULL REFERENCES hash_list (id),
    filename         VARCHAR(255)  NOT NULL,
    format           VARCHAR(20)   NOT NULL,
    mode             VARCHAR(20)   NOT NULL,
    total_bytes      BIGINT        NOT NULL,
    read_bytes       BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    outcome          VARCHAR(4000),
    started_by       VARCHAR(254)  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT hash_import_job_status_ck CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
