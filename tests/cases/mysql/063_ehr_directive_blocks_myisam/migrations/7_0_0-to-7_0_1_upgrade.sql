#IfColumn form_encounter pc_catid
ALTER TABLE `form_encounter` CHANGE `pc_catid` `pc_catid` int(11) NOT NULL DEFAULT '5' COMMENT 'event category';
#EndIf

#IfColumn list_options activity
DELETE FROM `list_options` WHERE `list_id` = 'visit_type' AND `option_id` = 'followup';
ALTER TABLE `list_options` DROP COLUMN `activity`;
#EndIf

#IfMissingColumn form_vitals temp_method_code
ALTER TABLE `form_vitals` ADD `temp_method_code` varchar(31) DEFAULT NULL;
UPDATE `form_vitals` SET `temp_method_code` = CASE `temp_method` WHEN 'Oral' THEN 'oral' WHEN 'Rectal' THEN 'rectal' ELSE 'other' END;
ALTER TABLE `form_vitals` DROP COLUMN `temp_method`;
#EndIf
