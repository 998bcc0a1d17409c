-- Updates_4_0_0_b1-like: several column changes on the biggest log table in ONE statement,
-- so the server copies the table once.
ALTER TABLE `matomo_log_visit`
    DROP `visit_server_date`,
    DROP INDEX `index_idsite_date_config`,
    ADD `visit_entry_idaction_name` INTEGER(10) UNSIGNED NULL AFTER `idvisitor`,
    CHANGE `visitor_returning` `visitor_returning` TINYINT(1) NULL,
    CHANGE `config_browser_name` `config_browser_name` VARCHAR(40) NULL,
    MODIFY `config_os` CHAR(3) NULL,
    MODIFY `location_country` CHAR(3) CHARACTER SET ascii COLLATE ascii_general_ci NULL,
    ADD INDEX `index_idsite_idvisitor` (`idsite`, `idvisitor`);

UPDATE `matomo_log_visit` SET `visitor_returning` = NULL WHERE `visitor_returning` = 0 AND `idvisit` % 4 = 0;
UPDATE `matomo_log_visit` SET `location_country` = NULL WHERE `location_country` = 'xx';
