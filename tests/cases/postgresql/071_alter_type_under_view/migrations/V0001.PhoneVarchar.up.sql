DROP VIEW contact_phones;
ALTER TABLE contacts ALTER COLUMN phone TYPE varchar(20) USING left(phone, 20);
CREATE VIEW contact_phones AS SELECT id, phone, length(phone) AS phone_len, status FROM contacts;
