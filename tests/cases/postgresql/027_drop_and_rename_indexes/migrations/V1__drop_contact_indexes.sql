DROP INDEX contacts_email_key;
DROP INDEX IF EXISTS contacts_phone_idx;
DROP INDEX contacts_status_idx, organizations_name_idx;
ALTER INDEX contacts_last_name_idx RENAME TO contacts_family_name_idx;
CREATE INDEX contacts_status_idx ON contacts (status, organization_id, last_name);
