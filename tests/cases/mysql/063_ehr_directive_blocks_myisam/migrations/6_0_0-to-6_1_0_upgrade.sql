--
--  Comment Meta Language Constructs:
--
--  #IfMissingColumn
--    arguments: table_name colname
--    behavior:  if the table exists but the column does not,  the block will be executed
--
--  #IfNotRow2D
--    arguments: table_name colname value colname2 value2
--    behavior:  If the table table_name does not have a row where colname = value AND colname2 = value2, the block will be executed.
--
--  #EndIf
--    all blocks are terminated with a #EndIf statement.

#IfMissingColumn form_encounter referral_source
ALTER TABLE `form_encounter` ADD `referral_source` varchar(31) NOT NULL DEFAULT '' COMMENT 'from list_options';
#EndIf

#IfMissingColumn form_encounter ordering_provider_id
ALTER TABLE `form_encounter` ADD `ordering_provider_id` INT(11) DEFAULT '0' COMMENT 'ordering provider, if any, for this visit';
UPDATE `form_encounter` SET `ordering_provider_id` = `provider_id` WHERE `provider_id` > 3;
#EndIf

#IfNotRow2D list_options list_id lists option_id referral_source
INSERT INTO `list_options` (`list_id`, `option_id`, `title`, `seq`) VALUES ('lists', 'referral_source', 'Referral Source', 3);
INSERT INTO `list_options` (`list_id`, `option_id`, `title`, `seq`, `is_default`) VALUES
('referral_source', 'patient', 'Patient', 10, 1),
('referral_source', 'physician', 'Physician', 20, 0),
('referral_source', 'web', 'Web site', 30, 0);
#EndIf

#IfNotRow2D list_options list_id language option_id spanish
INSERT IGNORE INTO `list_options` (`list_id`, `option_id`, `title`, `seq`) VALUES ('language', 'spanish', 'Spanish', 20), ('language', 'german', 'German', 40);
#EndIf

UPDATE `list_options` SET `notes` = REPLACE(`notes`, 'zone "A"', 'zone "B"') WHERE `list_id` = 'state';
UPDATE `form_encounter` SET `referral_source` = 'physician' WHERE `pc_catid` = 6;
DELETE FROM `form_encounter` WHERE `reason` LIKE 'Reason #3__;%';
