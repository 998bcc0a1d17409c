-- ============================================================
-- Migration: add company score
-- Author: sales-ops
-- ============================================================
ALTER TABLE companies ADD COLUMN score integer NOT NULL DEFAULT 0;
CREATE TABLE company_score_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, company_id integer NOT NULL, old_score integer, new_score integer);
CREATE FUNCTION log_score() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO company_score_log (company_id, old_score, new_score)
    VALUES (NEW.id, OLD.score, NEW.score);
    RETURN NEW;
END;
$$;
CREATE TRIGGER companies_score_log AFTER UPDATE OF score ON companies
    FOR EACH ROW EXECUTE FUNCTION log_score();
