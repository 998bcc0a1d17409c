-- A mobile app's local store (Room-style DDL: backticks, an identity table, an
-- external-content FTS4 index kept in step by triggers on its content table).
CREATE TABLE IF NOT EXISTS `call_notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `contact_name` TEXT NOT NULL, `summary` TEXT, `outcome` INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS `index_call_notes_outcome` ON `call_notes` (`outcome`);
CREATE TABLE IF NOT EXISTS schema_identity (id INTEGER PRIMARY KEY, identity_hash TEXT);
INSERT OR REPLACE INTO schema_identity (id, identity_hash) VALUES (42, '5c1f0e7a91d2b3c4');
CREATE VIRTUAL TABLE IF NOT EXISTS `call_notes_fts` USING FTS4(`contact_name` TEXT, `summary` TEXT, content=`call_notes`);
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_BEFORE_UPDATE BEFORE UPDATE ON `call_notes` BEGIN DELETE FROM `call_notes_fts` WHERE `docid`=OLD.`rowid`; END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_BEFORE_DELETE BEFORE DELETE ON `call_notes` BEGIN DELETE FROM `call_notes_fts` WHERE `docid`=OLD.`rowid`; END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_AFTER_UPDATE AFTER UPDATE ON `call_notes` BEGIN INSERT INTO `call_notes_fts`(`docid`, `contact_name`, `summary`) VALUES (NEW.`rowid`, NEW.`contact_name`, NEW.`summary`); END;
CREATE TRIGGER IF NOT EXISTS fts_sync_call_notes_AFTER_INSERT AFTER INSERT ON `call_notes` BEGIN INSERT INTO `call_notes_fts`(`docid`, `contact_name`, `summary`) VALUES (NEW.`rowid`, NEW.`contact_name`, NEW.`summary`); END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 240)
INSERT INTO `call_notes` (`contact_name`, `summary`, `outcome`)
SELECT 'Contact ' || (i % 37), 'call about renewal ' || (i % 11) || CASE WHEN i % 5 = 0 THEN ' follow up' ELSE '' END, i % 4 FROM n;
