-- occ db:convert-filecache-bigint: ids widened to BIGINT (the AUTO_INCREMENT primary key too)
ALTER TABLE `oc_filecache`
  MODIFY `fileid` BIGINT NOT NULL AUTO_INCREMENT,
  MODIFY `storage` BIGINT NOT NULL DEFAULT 0,
  MODIFY `parent` BIGINT NOT NULL DEFAULT 0,
  MODIFY `mtime` BIGINT NOT NULL DEFAULT 0;
ALTER TABLE `oc_mounts` MODIFY `storage_id` BIGINT NOT NULL, MODIFY `root_id` BIGINT NOT NULL;

-- repair step: compressed row format replaced (the MySQL 8 / MariaDB default is DYNAMIC)
ALTER TABLE `oc_filecache` ROW_FORMAT=DYNAMIC;
ALTER TABLE `oc_storages` ROW_FORMAT = DYNAMIC;
