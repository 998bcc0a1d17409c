-- API tokens with an enum scope and an array of scopes (coder-style api_key_scope).
CREATE TYPE token_scope AS ENUM ('all', 'app_connect', 'read');

CREATE TABLE api_tokens (
  id integer PRIMARY KEY,
  owner text NOT NULL,
  scope token_scope NOT NULL DEFAULT 'all',
  scopes token_scope[] NOT NULL DEFAULT '{all}',
  CONSTRAINT api_tokens_read_has_scopes CHECK (scope <> 'read' OR cardinality(scopes) > 0)
);
CREATE INDEX api_tokens_connect_idx ON api_tokens (owner) WHERE scope = 'app_connect';

CREATE FUNCTION scope_rank(s token_scope) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE s::text WHEN 'all' THEN 3 WHEN 'app_connect' THEN 2 ELSE 1 END
$$;
CREATE VIEW token_overview AS
  SELECT id, owner, scope, scope_rank(scope) AS rank, scopes FROM api_tokens;

INSERT INTO api_tokens
SELECT g, 'user' || (g % 40), (ARRAY['all', 'app_connect', 'read']::token_scope[])[1 + g % 3],
       CASE WHEN g % 2 = 0 THEN '{all,read}'::token_scope[] ELSE '{app_connect}'::token_scope[] END
FROM generate_series(1, 240) g;
