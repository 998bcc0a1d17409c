DROP TABLE ledger.entries_old;
CREATE VIEW ledger.entries AS
  SELECT tenant_id, stream_type, stream_id, "sequence" AS seq, created_at AS created_on, payload AS body
  FROM ledger.entries2;
