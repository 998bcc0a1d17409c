ALTER TABLE contacts ADD COLUMN deleted_at TEXT;
ALTER TABLE organizations ADD COLUMN deleted_at TEXT;
CREATE UNIQUE INDEX contacts_live_email_uq ON contacts(email) WHERE deleted_at IS NULL AND email IS NOT NULL;
CREATE VIEW live_contacts AS SELECT * FROM contacts WHERE deleted_at IS NULL;
