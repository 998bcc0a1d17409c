-- ============================================================
-- Migration: add company score
-- Author: sales-ops
-- ============================================================
ALTER TABLE companies ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
CREATE TABLE company_score_log (id INTEGER PRIMARY KEY, company_id INTEGER NOT NULL, old_score INTEGER, new_score INTEGER);
CREATE TRIGGER companies_score_log
AFTER UPDATE OF score ON companies
BEGIN
    INSERT INTO company_score_log (company_id, old_score, new_score)
    VALUES (NEW.id, OLD.score, NEW.score);
END;
