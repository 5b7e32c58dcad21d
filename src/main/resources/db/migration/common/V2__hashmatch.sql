-- Hash matching: hash lists ("banks"), their entries (PDQ, MD5, SHA-256), the per-list allow-list of
-- false positives, and the log of every match. Same SQL on H2 2.2 and PostgreSQL 17.

CREATE SEQUENCE hash_list_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE hash_entry_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE hash_allow_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE match_log_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hash_list (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    description         VARCHAR(2000),
    owner               VARCHAR(254)  NOT NULL,
    source              VARCHAR(20)   NOT NULL,
    content_types       VARCHAR(100),
    entity_label        VARCHAR(200),
    behaviours          VARCHAR(500),
    pdq_threshold       INTEGER       NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT hash_list_name_uk UNIQUE (name),
    CONSTRAINT hash_list_source_ck CHECK (source IN ('MANUAL', 'IMPORT', 'CONTRIBUTOR')),
    CONSTRAINT hash_list_threshold_ck CHECK (pdq_threshold BETWEEN 0 AND 128)
);

CREATE TABLE hash_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    list_id         BIGINT        NOT NULL REFERENCES hash_list (id),
    signal_type     VARCHAR(10)   NOT NULL,
    hash_hex        VARCHAR(64)   NOT NULL,
    quality         INTEGER,
    labels          VARCHAR(500),
    contributor     VARCHAR(200),
    external_id     VARCHAR(200),
    note            VARCHAR(2000),
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at     TIMESTAMP WITH TIME ZONE,
    disabled_by     VARCHAR(254),
    version         BIGINT        NOT NULL,
    CONSTRAINT hash_entry_uk UNIQUE (list_id, signal_type, hash_hex),
    CONSTRAINT hash_entry_type_ck CHECK (signal_type IN ('PDQ', 'MD5', 'SHA256')),
    CONSTRAINT hash_entry_quality_ck CHECK (quality IS NULL OR quality BETWEEN 0 AND 100)
);
-- exact matching (md5/sha256) is a lookup on (type, hash); prefix search uses the same index
CREATE INDEX hash_entry_lookup_ix ON hash_entry (signal_type, hash_hex);
CREATE INDEX hash_entry_hex_ix ON hash_entry (hash_hex);
CREATE INDEX hash_entry_updated_ix ON hash_entry (updated_at);

-- hashes an admin marked as false positives for one list: they no longer match that list
CREATE TABLE hash_allow (
    id              BIGINT        NOT NULL PRIMARY KEY,
    list_id         BIGINT        NOT NULL REFERENCES hash_list (id),
    signal_type     VARCHAR(10)   NOT NULL,
    hash_hex        VARCHAR(64)   NOT NULL,
    reason          VARCHAR(500),
    match_log_id    BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    CONSTRAINT hash_allow_uk UNIQUE (list_id, signal_type, hash_hex),
    CONSTRAINT hash_allow_type_ck CHECK (signal_type IN ('PDQ', 'MD5', 'SHA256'))
);

CREATE TABLE match_log (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(254)  NOT NULL,
    query_source    VARCHAR(200)  NOT NULL,
    query_hashes    VARCHAR(1000) NOT NULL,
    quality         INTEGER,
    match_count     INTEGER       NOT NULL,
    matches         VARCHAR(4000),
    verdict         VARCHAR(20),
    verdict_by      VARCHAR(254),
    verdict_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT match_log_verdict_ck CHECK (verdict IS NULL OR verdict IN ('TRUE_POSITIVE', 'FALSE_POSITIVE'))
);
CREATE INDEX match_log_occurred_ix ON match_log (occurred_at);

-- API tokens for machine clients: they may only hash and match. Only the token's SHA-256 is stored.
CREATE SEQUENCE hash_api_token_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE hash_api_token (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(254),
    CONSTRAINT hash_api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT hash_api_token_name_uk UNIQUE (name)
);
