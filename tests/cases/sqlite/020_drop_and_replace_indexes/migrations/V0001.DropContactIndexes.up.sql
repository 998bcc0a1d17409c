DROP INDEX contacts_email_uq;
DROP INDEX IF EXISTS contacts_phone_idx;
DROP INDEX contacts_status_idx;
CREATE INDEX contacts_status_idx ON contacts(status, organization_id, last_name);
