-- api_token: new ids after the ones moved there by V15.
ALTER SEQUENCE api_token_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM api_token);
