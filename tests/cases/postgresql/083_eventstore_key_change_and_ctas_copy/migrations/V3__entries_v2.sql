-- The old table steps aside; the new one is created from it with a column list
-- in CREATE TABLE ... AS, then keyed and constrained.
ALTER TABLE ledger.entries RENAME TO entries_old;
CREATE TABLE ledger.entries2 (tenant_id, stream_type, stream_id, event_kind, "sequence", revision,
                              created_at, payload, creator, "owner", "position", in_tx_order)
AS SELECT tenant_id, stream_type, stream_id, 'created', seq, substr(stream_version, 2)::smallint,
          created_on, body, actor, owner_org, position, seq::integer
   FROM ledger.entries_old;
ALTER TABLE ledger.entries2 ADD PRIMARY KEY (tenant_id, stream_type, stream_id, "sequence");
ALTER TABLE ledger.entries2 ALTER COLUMN creator SET NOT NULL, ALTER COLUMN created_at SET DEFAULT now();
CREATE INDEX entries2_position_idx ON ledger.entries2 (tenant_id, "position") INCLUDE (in_tx_order);
