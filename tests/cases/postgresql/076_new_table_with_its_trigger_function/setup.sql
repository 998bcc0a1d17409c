-- A CRM that gets an outbox for webhook deliveries: tables, trigger functions and defaults that call
-- functions, all created by the same migration (its reverse drops the routines and the tables).
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00+00'
);
INSERT INTO accounts (name) SELECT 'account ' || g FROM generate_series(1, 20) g;
