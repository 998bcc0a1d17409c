-- vaultwarden-like guard: a temporary table whose primary key makes the
-- migration fail if an unexpected row shape is found; then the real change.
CREATE TEMPORARY TABLE tmp_role_guard (blocked integer NOT NULL PRIMARY KEY);
INSERT INTO tmp_role_guard (blocked) VALUES (1);
INSERT INTO tmp_role_guard (blocked)
SELECT 1 FROM memberships WHERE role = 1 AND membership = 'invite' LIMIT 1;
DROP TABLE tmp_role_guard;

UPDATE memberships SET role = 2 WHERE role = 1 AND membership = 'join';
DELETE FROM memberships WHERE membership = 'leave';
