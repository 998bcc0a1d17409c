CREATE INDEX CONCURRENTLY contacts_source_idx ON contacts (source, created_at);
