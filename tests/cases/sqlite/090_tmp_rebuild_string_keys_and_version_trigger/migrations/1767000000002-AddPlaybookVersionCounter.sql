-- A version counter bumped by an AFTER UPDATE trigger that updates its own table (the
-- nested UPDATE does not fire it again: recursive_triggers is off); emails lower-cased;
-- runs stuck in "running" marked as crashed.
ALTER TABLE playbook_entity ADD COLUMN "versionCounter" integer NOT NULL DEFAULT 1;
CREATE TRIGGER playbook_version_increment
AFTER UPDATE ON playbook_entity
FOR EACH ROW
WHEN OLD."versionCounter" = NEW."versionCounter"
BEGIN
    UPDATE playbook_entity
    SET "versionCounter" = "versionCounter" + 1
    WHERE id = NEW.id;
END;
UPDATE "user" SET email = LOWER(email);
UPDATE "run_entity" SET "status" = 'crashed', "stoppedAt" = "startedAt" WHERE "status" = 'running' AND "finished" = 0;
UPDATE playbook_entity SET active = 0, "updatedAt" = '2026-05-01 00:00:00.000' WHERE id IN (SELECT "playbookId" FROM run_entity WHERE status = 'crashed' GROUP BY "playbookId" HAVING count(*) > 1);
