CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, street text, city text, postcode text);
INSERT INTO customers SELECT i, 'Customer ' || i, i || ' Main St', (ARRAY['Springfield', 'Shelbyville', 'Ogdenville'])[1 + i % 3], lpad((i * 131)::text, 5, '0')
FROM generate_series(1, 30) i;
