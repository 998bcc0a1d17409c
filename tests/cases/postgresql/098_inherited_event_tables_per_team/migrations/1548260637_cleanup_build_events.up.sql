-- events of aborted builds go, read through the parent (the DELETE reaches every child table), and
-- log events are renamed in place
DELETE FROM build_events WHERE build_id IN (SELECT id FROM builds WHERE status = 'aborted');

UPDATE build_events SET type = 'log-line' WHERE type = 'log' AND build_id % 2 = 0;

-- only the parent's own rows
DELETE FROM ONLY build_events WHERE build_id > 102;
