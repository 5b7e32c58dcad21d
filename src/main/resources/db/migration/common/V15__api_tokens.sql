-- One table for every machine API token (identity.entity.ApiToken): hashmatch's MATCH_HASHES tokens and reach's
-- REPORT_REACH tokens were two copies of the same mechanism. Rows move over with their hashes, so issued tokens keep
-- working. Reach tokens keep their ids (reach reports name their submitter "reach-token:<id>"); hash tokens are
-- named by their name ("token:<name>"), so their ids move past the reach ids where both are in use, and each move
-- is written to the audit log. The sequence is set past the moved ids by V15_1 (vendor-specific).
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE api_token (
    id              BIGINT        NOT NULL PRIMARY KEY,
    scope           VARCHAR(20)   NOT NULL,
    organisation_id BIGINT        REFERENCES organisation (id),
    name            VARCHAR(100)  NOT NULL,
    prefix          VARCHAR(12)   NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(254),
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_name_uk UNIQUE (scope, organisation_id, name),
    -- reach tokens act for an organisation, hash tokens for none
    CONSTRAINT api_token_scope_ck CHECK ((scope = 'REPORT_REACH' AND organisation_id IS NOT NULL)
        OR (scope = 'MATCH_HASHES' AND organisation_id IS NULL))
);
CREATE INDEX api_token_organisation_ix ON api_token (scope, organisation_id);

INSERT INTO api_token (id, scope, organisation_id, name, prefix, token_hash, created_at, created_by, revoked_at, revoked_by)
SELECT id, 'REPORT_REACH', organisation_id, name, 'rt_', token_hash, created_at, created_by, revoked_at, revoked_by
FROM reach_token;

INSERT INTO api_token (id, scope, organisation_id, name, prefix, token_hash, created_at, created_by, revoked_at, revoked_by)
SELECT id + (SELECT COALESCE(MAX(id), 0) FROM reach_token), 'MATCH_HASHES', NULL, name, 'hm_', token_hash, created_at,
       created_by, revoked_at, revoked_by
FROM hash_api_token;

INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id, details)
SELECT nextval('audit_entry_seq'), CURRENT_TIMESTAMP, 'system', 'hashtoken.renumber', 'HashApiToken',
       CAST(h.id + r.offset_by AS VARCHAR(80)),
       'before: id=' || CAST(h.id AS VARCHAR(20)) || ' | after: id=' || CAST(h.id + r.offset_by AS VARCHAR(20))
           || ' (hash_api_token moved into api_token)'
FROM hash_api_token h, (SELECT COALESCE(MAX(id), 0) AS offset_by FROM reach_token) r
WHERE r.offset_by > 0;

DROP TABLE reach_token;
DROP SEQUENCE reach_token_seq;
DROP TABLE hash_api_token;
DROP SEQUENCE hash_api_token_seq;
