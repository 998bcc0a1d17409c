UPDATE `call_notes` SET `contact_name` = upper(`contact_name`) WHERE `pinned` = 1;
INSERT INTO `call_notes_fts`(`call_notes_fts`) VALUES ('optimize');
