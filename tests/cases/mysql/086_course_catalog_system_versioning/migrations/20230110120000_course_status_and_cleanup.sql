-- Changing a versioned table's structure needs the history kept explicitly.
SET @@system_versioning_alter_history = KEEP;
ALTER TABLE courses
  MODIFY name VARCHAR(120) NOT NULL,
  ADD COLUMN status ENUM('draft', 'published', 'archived') NOT NULL DEFAULT 'draft' AFTER ects;
SET @@system_versioning_alter_history = ERROR;

UPDATE courses SET status = IF(description IS NULL, 'archived', 'published');
-- Archived courses go, their module links with them (ON DELETE CASCADE from a versioned parent).
DELETE FROM courses WHERE status = 'archived' AND id > 20;
