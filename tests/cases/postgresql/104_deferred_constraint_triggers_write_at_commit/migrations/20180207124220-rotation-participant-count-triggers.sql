-- +migrate Up
-- Counts and gap checks run once per transaction, at COMMIT (constraint triggers INITIALLY
-- DEFERRED): a reorder moves many rows before the rotation is consistent again.
CREATE FUNCTION fn_enforce_rot_part_position_no_gaps() RETURNS trigger AS $$
DECLARE
    max_pos integer := -1;
    part_count integer := 0;
BEGIN
    SELECT max(position), count(*) INTO max_pos, part_count
    FROM rotation_participants WHERE rotation_id = NEW.rotation_id;
    IF max_pos >= part_count THEN
        RAISE 'must not have gap in participant positions';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION fn_track_rotation_changes() RETURNS trigger AS $$
BEGIN
    UPDATE rotations SET participant_count = (
        SELECT count(*) FROM rotation_participants WHERE rotation_id = NEW.rotation_id)
    WHERE id = NEW.rotation_id;
    INSERT INTO rotation_changes (rotation_id, change) VALUES (NEW.rotation_id, TG_OP || ' participant ' || NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER trg_enforce_rot_part_position_no_gaps
    AFTER UPDATE ON rotation_participants
    INITIALLY DEFERRED
    FOR EACH ROW EXECUTE PROCEDURE fn_enforce_rot_part_position_no_gaps();

CREATE CONSTRAINT TRIGGER trg_track_rotation_changes
    AFTER INSERT OR UPDATE ON rotation_participants
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE PROCEDURE fn_track_rotation_changes();

-- the first two participants of rotation 2 trade places (the unique is deferred too)
UPDATE rotation_participants SET position = 1 - position WHERE rotation_id = 2 AND position IN (0, 1);

-- a participant joins rotation 3 at the end
INSERT INTO rotation_participants (id, rotation_id, position, user_name) VALUES (31, 3, 6, 'user-31');

-- +migrate Down
SELECT 1/0;
