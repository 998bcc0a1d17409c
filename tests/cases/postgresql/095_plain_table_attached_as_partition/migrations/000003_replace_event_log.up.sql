-- The event table is replaced by a narrower one: the whole partitioned table goes (with its
-- partitions and their rows), a new one is made with its own daily partitions and filled from a
-- summary of the runs.
DROP TABLE task_events;

CREATE TABLE task_events (
    tenant_id integer NOT NULL,
    task_id bigint NOT NULL,
    inserted_at timestamptz NOT NULL,
    event_type text NOT NULL,
    PRIMARY KEY (tenant_id, task_id, inserted_at, event_type)
) PARTITION BY RANGE (inserted_at);

SELECT create_daily_partition('task_events', '2024-03-02');
SELECT create_daily_partition('task_events', '2024-03-03');
CREATE TABLE task_events_default PARTITION OF task_events DEFAULT;

INSERT INTO task_events (tenant_id, task_id, inserted_at, event_type)
SELECT tenant_id, id, inserted_at, status::text FROM task_runs ORDER BY tenant_id, id;

ALTER TABLE task_runs ALTER COLUMN retry_count TYPE smallint;
