CREATE TABLE contacts (id integer PRIMARY KEY, name text NOT NULL, phone text);
INSERT INTO contacts SELECT i, 'Contact ' || i, '555-' || lpad(i::text, 4, '0') FROM generate_series(1, 40) i;
