CREATE TABLE contacts_new (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, phone INTEGER, company TEXT NOT NULL DEFAULT 'unknown');
INSERT INTO contacts_new SELECT id, full_name, CAST(replace(phone, '-', '') AS INTEGER), company FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_new RENAME TO contacts;
CREATE INDEX contacts_company_idx ON contacts(company);
