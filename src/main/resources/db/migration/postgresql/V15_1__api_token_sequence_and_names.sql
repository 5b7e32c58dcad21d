-- api_token: new ids after the moved ones (V15), and one name per scope and organisation whatever the case,
-- hash tokens (no organisation) included, which the plain unique constraint lets through as NULLs differ.
SELECT setval('api_token_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM api_token), false);
CREATE UNIQUE INDEX api_token_name_ci_uk ON api_token (scope, COALESCE(organisation_id, 0), LOWER(name));
