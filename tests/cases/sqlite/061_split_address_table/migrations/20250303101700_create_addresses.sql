BEGIN;
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'billing',
    street TEXT NOT NULL,
    city TEXT NOT NULL,
    postcode TEXT NOT NULL
);
INSERT INTO addresses (customer_id, street, city, postcode)
SELECT id, street, city, postcode FROM customers WHERE street IS NOT NULL ORDER BY id;
COMMIT;
