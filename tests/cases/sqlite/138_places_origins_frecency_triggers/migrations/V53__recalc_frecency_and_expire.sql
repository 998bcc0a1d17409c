-- Schema 53: frecency recalculated from visits (the WHEN trigger pushes it into origins),
-- then history older than the cutoff expires (the delete trigger recounts visits).
UPDATE moz_places SET frecency = CASE WHEN hidden = 1 THEN 0
  ELSE (SELECT 100 * count(*) + 50 * moz_places.typed FROM moz_historyvisits AS v WHERE v.place_id = moz_places.id AND v.visit_type IN (1, 2, 5, 6)) END;
DELETE FROM moz_historyvisits WHERE visit_date < 1690000000000000 + 40 * 3600000000;
UPDATE moz_historyvisits SET from_visit = 0 WHERE from_visit NOT IN (SELECT id FROM moz_historyvisits);
DELETE FROM moz_places WHERE visit_count = 0 AND foreign_count = 0 AND hidden = 0 AND id NOT IN (SELECT place_id FROM moz_keywords);
PRAGMA user_version = 53;
