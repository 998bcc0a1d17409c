CREATE TYPE postal_address AS (street text, city text, postcode text);
ALTER TABLE customers ADD COLUMN billing_address postal_address;
UPDATE customers SET billing_address = ROW(street, city, postcode)::postal_address;
ALTER TABLE customers DROP COLUMN street, DROP COLUMN city, DROP COLUMN postcode;
