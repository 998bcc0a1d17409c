-- setup with CRLF line endings
CREATE TABLE companies (id integer PRIMARY KEY, name text NOT NULL, notes text);
INSERT INTO companies SELECT i, 'Company ' || i, NULL FROM generate_series(1, 20) i;
