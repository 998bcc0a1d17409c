--  #IfTableEngine
--    desc:      Execute SQL if the table has been created with given engine specified.
--    arguments: table_name engine
--
--  #IfTextNullFixNeeded
--    desc: convert all text fields without default null to have default null.

#IfTableEngine list_options MyISAM
ALTER TABLE `list_options` ENGINE = InnoDB;
#EndIf

#IfTableEngine form_encounter MyISAM
ALTER TABLE `form_encounter` ENGINE=InnoDB;
ALTER TABLE `form_encounter` AUTO_INCREMENT = 1;
#EndIf

#IfTextNullFixNeeded
ALTER TABLE `form_encounter` MODIFY `reason` longtext DEFAULT NULL, MODIFY `facility` longtext DEFAULT NULL;
ALTER TABLE `list_options` MODIFY `notes` text DEFAULT NULL;
#EndIf

#IfNotColumnType form_vitals weight decimal(12,6)
ALTER TABLE `form_vitals` MODIFY `weight` DECIMAL(12,6) DEFAULT '0.00';
ALTER TABLE `form_vitals` MODIFY `height` DECIMAL(12,6) DEFAULT '0.00';
#EndIf

#IfIndex form_vitals pid
ALTER TABLE `form_vitals` DROP INDEX `pid`;
#EndIf

#IfNotIndex form_vitals pid_id
CREATE INDEX `pid_id` ON `form_vitals` (`pid`, `id`);
#EndIf

#IfColumn form_vitals note
UPDATE `form_vitals` SET `note` = NULL WHERE `note` = '';
ALTER TABLE `form_vitals` CHANGE `note` `note` text;
#EndIf
