ALTER TABLE memberships ADD COLUMN reach_all BOOLEAN NOT NULL DEFAULT FALSE;
SELECT * FROM down_files_are_never_run;
