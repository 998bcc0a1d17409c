-- Copyright notice and licence header as the project keeps them
--
-- Invalid remote entries are dropped: they are re-sent by the remote when needed.

DELETE FROM files
WHERE invalid = 1
;

-- blocklists no file points to any more, and their blocks

DELETE FROM blocklists
WHERE NOT EXISTS (SELECT 1 FROM files WHERE files.blocklist_hash = blocklists.blocklist_hash)
;

DELETE FROM blocks
WHERE blocklist_hash NOT IN (SELECT blocklist_hash FROM blocklists)
;

-- counts are recomputed from scratch

DELETE FROM counts
;

INSERT INTO counts (device_idx, type, local_flags, count, size, deleted)
SELECT device_idx, type, local_flags, count(*), sum(size), deleted
FROM files
GROUP BY device_idx, type, local_flags, deleted
;
