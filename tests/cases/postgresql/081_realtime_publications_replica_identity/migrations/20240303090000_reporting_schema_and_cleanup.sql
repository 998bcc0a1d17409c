BEGIN;

-- The legacy table leaves (and with it its place in the publication).
DROP TABLE legacy_events;

-- A column of a published table goes.
ALTER TABLE tasks DROP COLUMN note;

-- Reporting gets its own schema, published whole.
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily_messages (
  day date PRIMARY KEY,
  messages integer NOT NULL
);
INSERT INTO reporting.daily_messages
SELECT (sent_at AT TIME ZONE 'UTC')::date, count(*) FROM messages GROUP BY 1;
CREATE PUBLICATION reporting_feed FOR TABLES IN SCHEMA reporting;

-- Truncates are no longer streamed.
ALTER PUBLICATION crm_realtime SET (publish = 'insert, update, delete');

COMMIT;
