-- Flyway repeatable: re-run whenever it changes, always after the versioned migrations
DROP VIEW IF EXISTS pipeline_by_region;
DROP VIEW IF EXISTS won_by_rep;
CREATE VIEW pipeline_by_region AS
SELECT r.region, o.currency, count(*) AS deals, sum(o.amount) AS total
FROM opportunities o JOIN reps r ON r.id = o.rep_id
WHERE o.stage = 'open'
GROUP BY r.region, o.currency;
CREATE VIEW won_by_rep AS
SELECT r.name, count(*) AS won, sum(o.amount) AS total
FROM opportunities o JOIN reps r ON r.id = o.rep_id
WHERE o.stage = 'won'
GROUP BY r.name;
