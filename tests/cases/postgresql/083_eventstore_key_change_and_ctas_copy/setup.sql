-- An event store in its own schema (zitadel-like), keyed by a global sequence.
CREATE SCHEMA ledger;
CREATE TABLE ledger.entries (
  tenant_id text NOT NULL,
  stream_type text NOT NULL,
  stream_id text NOT NULL,
  seq bigint NOT NULL,
  created_on timestamptz NOT NULL,
  body jsonb,
  actor text,
  owner_org text NOT NULL,
  stream_version text NOT NULL,
  CONSTRAINT entries_pkey PRIMARY KEY (seq)
);
INSERT INTO ledger.entries
SELECT 't' || (g % 3), 'deal', 'd' || (g % 40), g,
       timestamptz '2024-01-01 00:00+00' + g * interval '1 minute',
       jsonb_build_object('n', g),
       CASE WHEN g % 10 = 0 THEN NULL ELSE 'u' || (g % 13) END,
       'org' || (g % 4), 'v' || (1 + g % 3)
FROM generate_series(1, 400) g;
