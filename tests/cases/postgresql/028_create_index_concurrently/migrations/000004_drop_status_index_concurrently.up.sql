DROP INDEX CONCURRENTLY contacts_status_idx;
