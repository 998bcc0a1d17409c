/* Stream ids now come from a sequence that starts past the rows already there. */
CREATE SEQUENCE activity_stream_seq;
SELECT setval('activity_stream_seq', (SELECT COALESCE(MAX(stream_ordering), 1) FROM activity_stream));
ALTER TABLE activity_stream ALTER COLUMN stream_ordering SET DEFAULT nextval('activity_stream_seq');
INSERT INTO activity_stream (contact_id, kind) SELECT g, 'import' FROM generate_series(1, 25) g ORDER BY g;

UPDATE sync_position SET stream_id = (SELECT MAX(stream_ordering) FROM activity_stream);
