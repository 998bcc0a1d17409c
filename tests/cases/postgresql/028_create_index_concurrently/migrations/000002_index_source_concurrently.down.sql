DROP INDEX CONCURRENTLY contacts_source_idx;
