CREATE TABLE products (
    id integer PRIMARY KEY,
    sku varchar(50) NOT NULL UNIQUE,
    name varchar(80) NOT NULL,
    price numeric(8,2) NOT NULL,
    stock integer NOT NULL DEFAULT 0,
    listed_at timestamp NOT NULL
);
INSERT INTO products SELECT i, 'SKU-' || lpad(i::text, 5, '0'), 'Product ' || i, i * 3.75, i * 11, timestamp '2024-01-01 10:00' + i * interval '1 day'
FROM generate_series(1, 60) i;
