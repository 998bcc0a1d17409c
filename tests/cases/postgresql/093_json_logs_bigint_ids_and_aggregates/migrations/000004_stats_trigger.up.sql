CREATE TABLE sync_job_stats (
    code_host_id integer PRIMARY KEY,
    min_id bigint NOT NULL,
    max_id bigint NOT NULL
);
CREATE FUNCTION host_of(p text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $_$ BEGIN
    RETURN substring(p FROM '\.([^\.]*)$');
END; $_$;
CREATE FUNCTION sync_job_stats_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO sync_job_stats
    SELECT code_host_id, MIN(id), MAX(id) FROM newtab GROUP BY code_host_id
    ON CONFLICT (code_host_id) DO UPDATE SET
        min_id = LEAST(sync_job_stats.min_id, EXCLUDED.min_id),
        max_id = GREATEST(sync_job_stats.max_id, EXCLUDED.max_id);
    RETURN NULL;
END $$;
CREATE TRIGGER sync_job_stats_insert AFTER INSERT ON sync_jobs
    REFERENCING NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION sync_job_stats_insert();
INSERT INTO sync_jobs (code_host_id, payload, label_ids)
SELECT 1 + g % 50, json_build_object('seeded', true), ARRAY[g] FROM generate_series(1, 200) g;
DELETE FROM sync_jobs WHERE label_ids @> ARRAY[3] AND id < 250 AND state = 'failed';
