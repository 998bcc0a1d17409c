CREATE TABLE playerbot_backup_20240116 LIKE playerbot_account;
INSERT INTO playerbot_backup_20240116 SELECT * FROM playerbot_account;
ALTER TABLE playerbot_account DROP COLUMN note;
