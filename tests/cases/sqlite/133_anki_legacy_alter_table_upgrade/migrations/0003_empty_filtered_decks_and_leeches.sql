-- Suspended leeches are removed (the trigger writes their graves), the rest re-queued.
DELETE FROM cards WHERE queue = -1 AND nid IN (SELECT id FROM notes WHERE tags LIKE '%leech%');
UPDATE cards SET queue = type, due = coalesce(original_position, due), original_position = NULL WHERE did = 1 AND type = 0;
UPDATE col SET mod = 1700000100000, usn = usn + 1;
