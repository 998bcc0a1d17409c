-- A sales-ops reporting database managed by Flyway Community on SQLite.
CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL,
    type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INT, installed_by VARCHAR(100) NOT NULL,
    installed_on TEXT NOT NULL, execution_time INT NOT NULL, success BOOLEAN NOT NULL);
INSERT INTO flyway_schema_history VALUES (1, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'ops', '2024-01-01 00:00:00', 0, 1);
CREATE TABLE reps (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE opportunities (id INTEGER PRIMARY KEY, rep_id INTEGER NOT NULL REFERENCES reps(id), stage TEXT NOT NULL, amount_eur INTEGER NOT NULL, closed_on TEXT);
INSERT INTO reps VALUES (1, 'Mia', 'north'), (2, 'Leo', 'south'), (3, 'Ava', 'north'), (4, 'Noah', 'west');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 48)
INSERT INTO opportunities SELECT i, 1 + i % 4, CASE i % 4 WHEN 0 THEN 'won' WHEN 1 THEN 'lost' ELSE 'open' END, 1000 + (i * 137) % 9000,
       CASE WHEN i % 4 IN (0, 1) THEN printf('2024-%02d-15', 1 + i % 12) END FROM n;
CREATE VIEW pipeline_by_region AS SELECT r.region, count(*) AS deals, sum(o.amount_eur) AS total FROM opportunities o JOIN reps r ON r.id = o.rep_id WHERE o.stage = 'open' GROUP BY r.region;
