-- On-call schedules (goalert-like): rotations, their participants, and a log of rotation changes.
CREATE TABLE rotations (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    participant_count integer NOT NULL DEFAULT 0
);
CREATE TABLE rotation_participants (
    id integer PRIMARY KEY,
    rotation_id integer NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    position integer NOT NULL,
    user_name text NOT NULL,
    UNIQUE (rotation_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE rotation_changes (
    id bigserial PRIMARY KEY,
    rotation_id integer NOT NULL,
    change text NOT NULL
);

INSERT INTO rotations (id, name) SELECT g, 'rotation ' || g FROM generate_series(1, 5) g;
INSERT INTO rotation_participants (id, rotation_id, position, user_name)
SELECT g, 1 + (g - 1) / 6, (g - 1) % 6, 'user-' || g FROM generate_series(1, 30) g;
UPDATE rotations r SET participant_count = (SELECT count(*) FROM rotation_participants p WHERE p.rotation_id = r.id);
