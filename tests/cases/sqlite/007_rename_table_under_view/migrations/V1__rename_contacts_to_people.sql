DROP VIEW customer_contacts;
ALTER TABLE contacts RENAME TO people;
CREATE VIEW customer_contacts AS
    SELECT id, first_name || ' ' || last_name AS full_name, email FROM people WHERE status = 'customer';
