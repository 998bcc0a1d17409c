CREATE INDEX contacts_status_idx ON contacts(status);
ANALYZE;
