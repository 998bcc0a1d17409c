-- Fix any gaps in participant positions: positions become 0..n-1 per rotation, in the order they
-- had. Rows are first moved to negative positions so no two rows share one mid-statement.
LOCK rotation_participants;

UPDATE rotation_participants SET position = -1 - position;

UPDATE rotation_participants part
SET position = computed.position
FROM (
    SELECT id, row_number() OVER (PARTITION BY rotation_id ORDER BY position DESC) - 1 AS position
    FROM rotation_participants
) computed
WHERE part.id = computed.id
  AND part.position <> computed.position;

-- the on-call pointer follows its participant
UPDATE rotation_state rs
SET position = rp.position
FROM rotation_participants rp
WHERE rp.id = rs.rotation_participant_id;

CREATE FUNCTION fn_inc_rot_part_position_on_insert() RETURNS trigger AS $$
BEGIN
    SELECT count(*) INTO NEW.position
    FROM rotation_participants
    WHERE rotation_id = NEW.rotation_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_inc_rot_part_position_on_insert
    BEFORE INSERT ON rotation_participants
    FOR EACH ROW EXECUTE PROCEDURE fn_inc_rot_part_position_on_insert();

-- a participant joins rotation 2: the trigger numbers it
INSERT INTO rotation_participants (id, rotation_id, position, user_name) VALUES (49, 2, -100, 'user-049');
