UPDATE oban_jobs SET state = 'cancelled', cancelled_at = scheduled_at + interval '1 day'
 WHERE state = 'discarded' AND queue = 'rotate_salts';
ALTER TABLE oban_jobs ADD CONSTRAINT attempt_range CHECK (attempt >= 0 AND attempt <= max_attempts) NOT VALID;
ALTER TABLE oban_jobs VALIDATE CONSTRAINT attempt_range;
ALTER TABLE oban_jobs ADD CONSTRAINT positive_max_attempts CHECK (max_attempts > 0);
CREATE UNLOGGED TABLE IF NOT EXISTS oban_peers (
    name text NOT NULL PRIMARY KEY,
    node text NOT NULL,
    started_at timestamp NOT NULL,
    expires_at timestamp NOT NULL
);
INSERT INTO oban_peers VALUES ('Oban', 'plausible@10.0.0.3', timestamp '2022-06-02 10:00', timestamp '2022-06-02 10:00:30');
CREATE INDEX oban_jobs_args_index ON oban_jobs USING gin (args);
CREATE INDEX oban_jobs_meta_index ON oban_jobs USING gin (meta);
UPDATE oban_jobs SET tags = ARRAY[queue]::varchar(255)[], meta = jsonb_build_object('uniq_key', id % 17) WHERE id % 3 = 0;
INSERT INTO schema_migrations VALUES (20220602000000, timestamp '2022-06-02 10:00');
