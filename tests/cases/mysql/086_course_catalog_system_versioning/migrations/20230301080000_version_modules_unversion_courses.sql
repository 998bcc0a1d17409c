-- History moves to modules; courses stop keeping it (DROP SYSTEM VERSIONING discards old rows).
ALTER TABLE modules ADD SYSTEM VERSIONING;
UPDATE modules SET semester = 1 WHERE semester IS NULL;
DELETE FROM modules WHERE id > 55;

ALTER TABLE courses DROP SYSTEM VERSIONING;
ALTER TABLE courses DROP COLUMN change_list;
