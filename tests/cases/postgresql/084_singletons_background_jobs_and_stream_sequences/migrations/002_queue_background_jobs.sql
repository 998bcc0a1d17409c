-- Work for the application to do later, queued as rows.
INSERT INTO background_jobs (job_name, progress_json, ordering) VALUES
  ('activity_stream_kind_idx', '{}', 7201);
INSERT INTO background_jobs (job_name, progress_json, depends_on, ordering) VALUES
  ('activity_stream_dedupe', '{"last": 0}', 'activity_stream_kind_idx', 7202)
ON CONFLICT (job_name) DO NOTHING;
ALTER TABLE activity_stream ADD CONSTRAINT activity_stream_kind_known
  CHECK (kind IN ('call', 'mail', 'visit', 'import')) NOT VALID;
