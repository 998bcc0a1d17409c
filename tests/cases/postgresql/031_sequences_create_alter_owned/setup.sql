CREATE TABLE invoices (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL);
INSERT INTO invoices SELECT i, 'cust-' || (i % 6), i * 19.99 FROM generate_series(1, 25) i;
