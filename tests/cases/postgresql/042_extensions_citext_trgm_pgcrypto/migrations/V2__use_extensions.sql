ALTER TABLE contacts ALTER COLUMN email TYPE citext;
CREATE INDEX contacts_last_name_trgm ON contacts USING gin (last_name gin_trgm_ops);
ALTER TABLE contacts ADD COLUMN email_hash text;
UPDATE contacts SET email_hash = encode(digest(lower(email::text), 'sha256'), 'hex') WHERE email IS NOT NULL;
CREATE TABLE api_tokens (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), contact_id bigint NOT NULL REFERENCES contacts (id), label citext NOT NULL);
