ALTER TABLE customers ADD COLUMN town text;
UPDATE customers SET town = split_part(address, ', ', 2), address = split_part(address, ', ', 1);
