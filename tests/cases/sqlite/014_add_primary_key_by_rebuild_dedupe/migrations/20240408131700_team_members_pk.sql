BEGIN;
CREATE TABLE team_members_new (
    team TEXT NOT NULL,
    user_email TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (team, user_email)
);
-- keep the highest role per member ('owner' > 'member')
INSERT INTO team_members_new (team, user_email, role)
SELECT team, user_email, max(role) FROM team_members GROUP BY team, user_email;
DROP TABLE team_members;
ALTER TABLE team_members_new RENAME TO team_members;
COMMIT;
