-- The default role is implied now: every stored role list is emptied.
ALTER TABLE ONLY org_members ALTER COLUMN roles SET DEFAULT '{}';
UPDATE org_members SET roles = '{}';
