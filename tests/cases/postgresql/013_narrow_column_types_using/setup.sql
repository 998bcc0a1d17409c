CREATE TABLE leads (
    id integer PRIMARY KEY,
    employees text,
    company varchar(200) NOT NULL,
    first_seen timestamptz NOT NULL,
    is_partner text NOT NULL,
    rating text NOT NULL
);
INSERT INTO leads SELECT i, CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 13)::text END,
    'Company ' || i || repeat(' and Partners', i % 4), timestamptz '2024-02-01 23:30:00+00' + i * interval '7 hours',
    CASE WHEN i % 3 = 0 THEN 'yes' ELSE 'no' END, (ARRAY['hot', 'warm', 'cold'])[1 + i % 3]
FROM generate_series(1, 50) i;
