-- Clients need the old row of updates and deletes: full replica identity,
-- then the tables join the realtime publication.
ALTER TABLE messages REPLICA IDENTITY FULL;
ALTER TABLE tasks REPLICA IDENTITY FULL;
ALTER PUBLICATION crm_realtime ADD TABLE messages, tasks, legacy_events;

NOTIFY crm_schema_reload, 'reload schema';
