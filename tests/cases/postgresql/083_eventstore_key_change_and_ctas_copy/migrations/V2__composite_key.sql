-- The key changes from the global sequence to (tenant, stream, seq), then rows
-- are changed and deleted under the new key in the same migration.
ALTER TABLE ledger.entries DROP CONSTRAINT IF EXISTS entries_pkey;
ALTER TABLE ledger.entries ADD PRIMARY KEY (tenant_id, stream_type, stream_id, seq);
UPDATE ledger.entries SET actor = 'system' WHERE actor IS NULL;
DELETE FROM ledger.entries WHERE seq % 97 = 0;
