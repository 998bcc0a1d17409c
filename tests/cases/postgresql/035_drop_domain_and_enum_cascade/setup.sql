CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^\d{5}$');
CREATE TYPE contact_channel AS ENUM ('email', 'phone', 'sms');
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, zip us_zip, preferred_channel contact_channel NOT NULL DEFAULT 'email');
CREATE TABLE shipments (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id), dest_zip us_zip NOT NULL);
INSERT INTO customers SELECT i, 'Customer ' || i, lpad((10000 + i * 37)::text, 5, '0'), (enum_range(NULL::contact_channel))[1 + i % 3] FROM generate_series(1, 30) i;
INSERT INTO shipments SELECT i, 1 + i % 30, lpad((20000 + i)::text, 5, '0') FROM generate_series(1, 45) i;
