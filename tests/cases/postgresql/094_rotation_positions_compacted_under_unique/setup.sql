-- On-call rotations (goalert-like): each participant holds a position in its rotation, unique per
-- rotation; escalation steps are numbered per policy. Gaps were left by deleted participants.
CREATE TABLE rotations (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    shift_length integer NOT NULL DEFAULT 1
);

CREATE TABLE rotation_participants (
    id integer PRIMARY KEY,
    rotation_id integer NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    position integer NOT NULL,
    user_name text NOT NULL,
    CONSTRAINT rotation_participants_rotation_id_position_key UNIQUE (rotation_id, position)
);

CREATE TABLE escalation_steps (
    id integer PRIMARY KEY,
    policy_name text NOT NULL,
    step_number integer NOT NULL,
    delay_minutes integer NOT NULL DEFAULT 15,
    UNIQUE (policy_name, step_number)
);

CREATE TABLE rotation_state (
    rotation_id integer PRIMARY KEY REFERENCES rotations (id) ON DELETE CASCADE,
    position integer NOT NULL,
    rotation_participant_id integer NOT NULL REFERENCES rotation_participants (id)
);

INSERT INTO rotations (id, name, shift_length)
SELECT g, 'rotation-' || g, 1 + g % 3 FROM generate_series(1, 6) g;

-- positions 0, 2, 4, ... with a gap before every one (participants removed over time), reversed
-- in some rotations so the compaction moves rows both ways
INSERT INTO rotation_participants (id, rotation_id, position, user_name)
SELECT g, 1 + (g - 1) / 8,
       CASE WHEN ((g - 1) / 8) % 2 = 0 THEN 1 + ((g - 1) % 8) * 2 ELSE 20 - ((g - 1) % 8) * 2 END,
       'user-' || lpad(g::text, 3, '0')
FROM generate_series(1, 48) g;

INSERT INTO rotation_state (rotation_id, position, rotation_participant_id)
SELECT r, CASE WHEN r % 2 = 1 THEN 5 ELSE 16 END, (r - 1) * 8 + 3 FROM generate_series(1, 6) r;

-- escalation steps numbered 1.. per policy: the migration moves them to 0-based numbers
INSERT INTO escalation_steps (id, policy_name, step_number, delay_minutes)
SELECT g, 'policy-' || (1 + (g - 1) / 5), 1 + (g - 1) % 5, 5 * (1 + g % 4) FROM generate_series(1, 30) g;
