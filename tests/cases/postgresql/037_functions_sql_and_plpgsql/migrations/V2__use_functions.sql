ALTER TABLE contacts ADD COLUMN label text;
UPDATE contacts SET phone = normalize_phone(phone), label = contact_label(first_name, last_name, status);
ALTER TABLE contacts ADD CONSTRAINT contacts_status_valid CHECK (is_valid_status(status));
