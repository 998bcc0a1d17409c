ALTER TABLE contacts ADD COLUMN deleted_at timestamptz;
ALTER TABLE organizations ADD COLUMN deleted_at timestamptz;
CREATE UNIQUE INDEX contacts_live_email_key ON contacts (email) WHERE deleted_at IS NULL;
CREATE VIEW live_contacts AS SELECT * FROM contacts WHERE deleted_at IS NULL;
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY contacts_hide_deleted ON contacts FOR SELECT TO app_user USING (deleted_at IS NULL);
