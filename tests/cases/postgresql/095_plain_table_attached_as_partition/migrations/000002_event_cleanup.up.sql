-- events of failed runs are dropped, retried runs are requeued (some rows move between the
-- partitions of task_events when their timestamp is pushed past midnight), and the oldest day of
-- events is detached and dropped with its rows.
DELETE FROM task_events e
USING task_runs r
WHERE r.tenant_id = e.tenant_id AND r.id = e.task_id AND r.status = 'FAILED';

UPDATE task_events SET inserted_at = inserted_at + interval '6 hours', payload = payload || '{"shifted": true}'
WHERE event_type = 'FINISHED' AND task_id % 5 = 0 AND inserted_at < '2024-03-03 12:00:00+00';

UPDATE task_runs SET status = 'QUEUED', retry_count = retry_count + 1 WHERE status = 'FAILED' AND retry_count < 2;

ALTER TABLE task_events DETACH PARTITION task_events_20240301;
DROP TABLE task_events_20240301;
