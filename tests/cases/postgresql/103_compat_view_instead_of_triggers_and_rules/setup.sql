-- A CRM about to rename its customers table; notes are soft-deleted by a rule.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    tier text NOT NULL DEFAULT 'standard',
    archived boolean NOT NULL DEFAULT false
);
CREATE TABLE customer_events (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL,
    action text NOT NULL,
    detail text
);
CREATE TABLE notes (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    body text NOT NULL,
    deleted_at timestamptz
);

INSERT INTO customers SELECT g, 'Customer ' || g, CASE WHEN g % 4 = 0 THEN 'gold' ELSE 'standard' END, g % 9 = 0
FROM generate_series(1, 40) g;
INSERT INTO notes SELECT g, 1 + g % 40, 'note ' || g, NULL FROM generate_series(1, 80) g;
