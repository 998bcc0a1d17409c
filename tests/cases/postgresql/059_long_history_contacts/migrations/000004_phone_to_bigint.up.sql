ALTER TABLE contacts ALTER COLUMN phone TYPE bigint USING replace(phone, '-', '')::bigint;
CREATE INDEX contacts_company_idx ON contacts (company);
