-- A ticket index whose searchable columns are derived from a jsonb document, as search engines
-- built on PostgreSQL do: STORED generated columns over `attrs`, some through a helper function.
CREATE TABLE tickets (
  tenant_id  text NOT NULL,
  ticket_no  integer NOT NULL,
  title      varchar(200) NOT NULL,
  opened_at  timestamp NOT NULL,
  PRIMARY KEY (tenant_id, ticket_no)
);
CREATE INDEX tickets_opened_idx ON tickets (tenant_id, opened_at DESC);
INSERT INTO tickets (tenant_id, ticket_no, title, opened_at)
SELECT 'tenant-' || (g % 3), g, 'Ticket ' || g, timestamp '2024-01-01 08:00' + g * interval '90 minutes'
FROM generate_series(1, 60) g;
