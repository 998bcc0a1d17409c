CREATE TABLE team_members (team TEXT NOT NULL, user_email TEXT NOT NULL, role TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO team_members SELECT 'team-' || (i % 5), 'u' || (i % 23) || '@corp.example', CASE WHEN i % 9 = 0 THEN 'owner' ELSE 'member' END FROM n;
INSERT INTO team_members VALUES ('team-1', 'u1@corp.example', 'member'), ('team-1', 'u1@corp.example', 'member');
