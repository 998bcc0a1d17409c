-- keep a copy the way the briefs do, then reset
CREATE TABLE playerbot_backup_20240115 AS SELECT * FROM playerbot_account;
UPDATE playerbot_account SET bot_count = 0, note = 'reset' WHERE enabled = 0;
DELETE FROM playerbot_account WHERE bot_count > 7;
