BEGIN TRANSACTION;

-- History of report periods. The trigger writes the columns named begin and end unquoted
-- (SQLite accepts them): only "; END ;" ends the trigger.
CREATE TABLE report_periods
  (id INTEGER PRIMARY KEY,
   report_id TEXT,
   begin TEXT,
   end TEXT,
   reason TEXT);

CREATE TRIGGER pipeline_reports_period AFTER UPDATE OF start, end ON pipeline_reports
BEGIN
  INSERT INTO report_periods (report_id, begin, end, reason)
  VALUES (old.id, old.start, old.end, CASE WHEN new.end IS NULL THEN 'open' ELSE 'moved' END);
  UPDATE report_periods SET end = coalesce(end, 'open-ended') WHERE report_id = old.id;
END;

-- close every open-ended report
UPDATE pipeline_reports SET end = '2025-06-30' WHERE end IS NULL;

-- never matches anything (= NULL is never true), as in the original history
UPDATE widgets
SET tombstone = 1
WHERE type = NULL;

COMMIT
