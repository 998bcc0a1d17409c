CREATE INDEX contacts_last_name_idx ON contacts (last_name);
CREATE UNIQUE INDEX contacts_email_lower_key ON contacts (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX contacts_active_idx ON contacts (organization_id, status) WHERE status <> 'churned';
CREATE INDEX contacts_name_include_idx ON contacts (last_name, first_name) INCLUDE (email);
CREATE INDEX contacts_created_desc_idx ON contacts (created_at DESC NULLS LAST);
CREATE INDEX contacts_attributes_gin ON contacts USING gin (attributes jsonb_path_ops);
CREATE INDEX contacts_created_brin ON contacts USING brin (created_at);
CREATE INDEX contacts_phone_hash ON contacts USING hash (phone);
