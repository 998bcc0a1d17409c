CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, address text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer NOT NULL, amount numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'draft');
INSERT INTO customers SELECT i, 'Customer ' || i, i || ' Long Road, Town ' || (i % 4) FROM generate_series(1, 20) i;
INSERT INTO invoices SELECT i, 1 + i % 20, i * 12.5, (ARRAY['draft', 'sent', 'paid'])[1 + i % 3] FROM generate_series(1, 70) i;
