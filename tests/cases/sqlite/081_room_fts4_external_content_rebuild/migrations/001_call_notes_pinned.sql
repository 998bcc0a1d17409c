-- Migration 3 -> 4: drop `outcome`, add `pinned` (Room recreates the table).
CREATE TABLE IF NOT EXISTS `_new_call_notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `contact_name` TEXT NOT NULL, `summary` TEXT, `pinned` INTEGER NOT NULL DEFAULT 0);
INSERT INTO `_new_call_notes` (`id`,`contact_name`,`summary`,`pinned`) SELECT `id`,`contact_name`,`summary`,CASE WHEN `outcome` = 3 THEN 1 ELSE 0 END FROM `call_notes`;
DROP TABLE `call_notes`;
ALTER TABLE `_new_call_notes` RENAME TO `call_notes`;
CREATE INDEX IF NOT EXISTS `index_call_notes_pinned` ON `call_notes` (`pinned`);
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_BEFORE_UPDATE BEFORE UPDATE ON `call_notes` BEGIN DELETE FROM `call_notes_fts` WHERE `docid`=OLD.`rowid`; END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_BEFORE_DELETE BEFORE DELETE ON `call_notes` BEGIN DELETE FROM `call_notes_fts` WHERE `docid`=OLD.`rowid`; END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_AFTER_UPDATE AFTER UPDATE ON `call_notes` BEGIN INSERT INTO `call_notes_fts`(`docid`, `contact_name`, `summary`) VALUES (NEW.`rowid`, NEW.`contact_name`, NEW.`summary`); END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_AFTER_INSERT AFTER INSERT ON `call_notes` BEGIN INSERT INTO `call_notes_fts`(`docid`, `contact_name`, `summary`) VALUES (NEW.`rowid`, NEW.`contact_name`, NEW.`summary`); END;
INSERT OR REPLACE INTO schema_identity (id, identity_hash) VALUES (42, '9a0b7d6e5f4c3b2a');
