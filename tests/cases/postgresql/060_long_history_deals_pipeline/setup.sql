CREATE TABLE deals (id integer PRIMARY KEY, title text NOT NULL, stage text NOT NULL, value numeric(12,2) NOT NULL);
INSERT INTO deals SELECT i, 'Deal ' || i, (ARRAY['new', 'qualified', 'proposal', 'won', 'lost'])[1 + i % 5], i * 50 FROM generate_series(1, 64) i;
