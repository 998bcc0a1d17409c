BEGIN;
CREATE TABLE deal_stage_history (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, deal_id integer NOT NULL, from_stage smallint, to_stage smallint NOT NULL);
CREATE FUNCTION track_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deal_stage_history (deal_id, from_stage, to_stage) VALUES (NEW.id, OLD.stage_id, NEW.stage_id);
    RETURN NEW;
END $$;
CREATE TRIGGER deals_stage_change AFTER UPDATE OF stage_id ON deals FOR EACH ROW WHEN (OLD.stage_id IS DISTINCT FROM NEW.stage_id) EXECUTE FUNCTION track_stage();
-- one deal at a time, in id order: the history's identity values then do not depend on the
-- physical order of deals (which a rollback that restores rows does not keep)
DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT id FROM deals WHERE stage_id = 2 AND id < 30 ORDER BY id LOOP
        UPDATE deals SET stage_id = 3 WHERE id = d.id;
    END LOOP;
END $$;
COMMIT;
