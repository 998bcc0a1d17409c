ALTER TYPE postal_address ADD ATTRIBUTE country char(2);
ALTER TYPE postal_address RENAME ATTRIBUTE postcode TO postal_code;
UPDATE customers SET billing_address.country = 'US';
UPDATE customers SET billing_address.city = upper((billing_address).city) WHERE id % 5 = 0;
