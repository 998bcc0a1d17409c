CREATE TABLE legacy_import_rows (
    id        integer PRIMARY KEY,
    source    text NOT NULL,
    payload   jsonb,
    imported  boolean NOT NULL DEFAULT false
);
INSERT INTO legacy_import_rows SELECT i, CASE WHEN i % 2 = 0 THEN 'csv' ELSE 'hubspot' END, jsonb_build_object('row', i), i % 3 = 0
FROM generate_series(1, 150) AS i;
CREATE TABLE keep_me (id integer PRIMARY KEY, label text);
INSERT INTO keep_me VALUES (1, 'unrelated');
