-- ALTER table `user` add column `groupp` varchar(255) default NULL;
SET @dbname = DATABASE();
SET @tablename = "user";
SET @columnname = "groupp";
SET @preparedStatement = (SELECT IF(
  (
    SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
    WHERE
      (table_name = @tablename)
      AND (table_schema = @dbname)
      AND (column_name = @columnname)
  ) > 0,
  "SELECT 1",
  CONCAT("ALTER TABLE ", @tablename, " ADD ", @columnname, " varchar(255) NULL;")
));
PREPARE alterIfNotExists FROM @preparedStatement;
EXECUTE alterIfNotExists;
DEALLOCATE PREPARE alterIfNotExists;

ALTER table `sample_file` modify column `value` double default NULL;

UPDATE `user` SET `groupp` = IF(`role_id` = 2, 'core-facility', 'external') WHERE `id` % 3 = 0;
