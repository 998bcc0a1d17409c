-- The batched background migration, written out as its batches.
UPDATE ci_builds SET id_convert_to_bigint = id, commit_id_convert_to_bigint = commit_id WHERE id BETWEEN 1 AND 100;
UPDATE ci_builds SET id_convert_to_bigint = id, commit_id_convert_to_bigint = commit_id WHERE id BETWEEN 101 AND 200;
