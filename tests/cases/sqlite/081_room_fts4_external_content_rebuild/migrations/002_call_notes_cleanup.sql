-- Data fix: the sync triggers carry every change into the search index.
UPDATE `call_notes` SET `summary` = `summary` || ' escalated', `pinned` = 1 WHERE `id` % 9 = 0;
DELETE FROM `call_notes` WHERE `summary` LIKE '%renewal 10%';
INSERT INTO `call_notes` (`id`, `contact_name`, `summary`, `pinned`) VALUES (1000, 'Contact 99', 'escalated complaint; callback', 1);
INSERT OR REPLACE INTO schema_identity (id, identity_hash) VALUES (42, 'e1d2c3b4a5968778');
