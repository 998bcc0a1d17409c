CREATE TABLE opportunities (
    id integer PRIMARY KEY,
    name text NOT NULL,
    probability integer,
    amount numeric(12,2),
    close_date date,
    CONSTRAINT opportunities_name_check CHECK (name <> '')
);
INSERT INTO opportunities SELECT i, 'Opp ' || i, (i * 17) % 140 - 10, CASE WHEN i % 8 = 0 THEN -100 ELSE i * 1000 END,
    date '2024-01-01' + (i * 5) FROM generate_series(1, 50) i;
