CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email));
CREATE INDEX contacts_org_name_idx ON contacts (organization_id, full_name);
