-- Soft-deleting an empty organization passes the trigger; users of it are flagged.
UPDATE organizations SET deleted = true WHERE id = 5;
UPDATE users SET deleted = true WHERE id IN (SELECT user_id FROM org_members WHERE org_id = 6) AND id % 4 = 0;
