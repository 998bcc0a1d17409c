-- Limits move from kilobytes to bytes: rename, widen, convert (the service's tables are rebuilt on
-- rollback, and must come back owned by the service role, not by whoever runs the rollback).
ALTER TABLE files.buckets RENAME COLUMN size_limit_kb TO size_limit;
ALTER TABLE files.buckets ALTER COLUMN size_limit TYPE bigint;
UPDATE files.buckets SET size_limit = size_limit * 1024;
