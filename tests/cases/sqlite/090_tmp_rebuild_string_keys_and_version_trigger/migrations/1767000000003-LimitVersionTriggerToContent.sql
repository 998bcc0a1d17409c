-- The trigger is re-created to count only content changes (IS NOT compares NULLs),
-- then settings are rewritten with json_set and runs of inactive playbooks pruned.
DROP TRIGGER IF EXISTS playbook_version_increment;
CREATE TRIGGER playbook_version_increment
AFTER UPDATE ON playbook_entity
FOR EACH ROW
WHEN OLD."versionCounter" = NEW."versionCounter"
    AND (OLD.steps IS NOT NEW.steps OR OLD.settings IS NOT NEW.settings)
BEGIN
    UPDATE playbook_entity
    SET "versionCounter" = "versionCounter" + 1
    WHERE id = NEW.id;
END;
UPDATE playbook_entity SET settings = json_set(COALESCE(settings, '{}'), '$.timezone', 'UTC') WHERE CAST(id AS INTEGER) % 2 = 0;
UPDATE playbook_entity SET "updatedAt" = '2026-06-01 00:00:00.000' WHERE CAST(id AS INTEGER) % 5 = 0;
DELETE FROM run_entity WHERE "playbookId" IN (SELECT id FROM playbook_entity WHERE active = 0) AND "finished" = 1;
