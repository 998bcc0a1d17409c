CREATE TABLE integrations (id integer PRIMARY KEY, provider text NOT NULL, config jsonb NOT NULL DEFAULT '{}', scopes text[] NOT NULL DEFAULT '{}');
INSERT INTO integrations SELECT i, (ARRAY['slack', 'salesforce', 'zapier'])[1 + i % 3],
    jsonb_build_object('enabled', i % 2 = 0, 'retries', i % 5, 'channel', '#sales-' || i),
    CASE WHEN i % 2 = 0 THEN ARRAY['read', 'write'] ELSE ARRAY['read'] END
FROM generate_series(1, 24) i;
