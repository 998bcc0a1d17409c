BEGIN;
DELETE FROM team_members a USING team_members b
 WHERE a.team = b.team AND a.user_email = b.user_email AND (a.role, a.ctid) < (b.role, b.ctid);
ALTER TABLE team_members ADD CONSTRAINT team_members_pkey PRIMARY KEY (team, user_email);
COMMIT;
