/**
 * @signature e5f6a7b8
 * @version v1.9.6
 * @title Move to named timezones and flag-based form fields
 *
 * This patch moves numeric timezone ids to named zones (through a helper table that is
 * dropped again), folds three small visibility columns into one flags field (the old
 * behaviour depends on a setting read into a session variable), and adds estimated due dates.
 */

ALTER TABLE `hd_staff`
    ADD `lang` varchar(16) DEFAULT NULL AFTER `signature`,
    ADD `timezone` varchar(64) default NULL AFTER `lang`,
    ADD `extra` text AFTER `default_paper_size`;

-- Transition the current timezone configuration to named zones

CREATE TABLE `hd__timezones` (
    `offset` int,
    `dst` tinyint(1) unsigned,
    `south` tinyint(1) unsigned default 0,
    `zone_name` varchar(32)
) DEFAULT CHARSET=utf8;

INSERT INTO `hd__timezones` (`offset`, `dst`, `zone_name`) VALUES
    -- most of the world, with and without DST
    (-480, 1, 'America/Los_Angeles'),
    (-480, 0, 'Pacific/Pitcairn'),
    (-300, 1, 'America/New_York'),
    (-300, 0, 'America/Bogota'),
    (0,    0, 'UTC'),
    (0,    1, 'Europe/London'),
    (60,   1, 'Europe/Berlin'),
    (60,   0, 'Africa/Lagos'),
    (330,  0, 'Asia/Kolkata'),
    (540,  0, 'Asia/Tokyo'),
    (600,  0, 'Australia/Brisbane');

-- These zones read DST the other way round
INSERT INTO `hd__timezones` (`offset`, `dst`, `south`, `zone_name`) VALUES
    (600,  1, 1, 'Australia/Sydney');

UPDATE `hd_staff` A1
    JOIN `hd_timezone` A2 ON (A1.`timezone_id` = A2.`id`)
    JOIN `hd__timezones` A3 ON (A2.`offset` * 60 = A3.`offset`
        AND A1.`daylight_saving` = A3.`dst`
        AND A3.`south` = 0)
    SET A1.`timezone` = A3.`zone_name`;

DROP TABLE `hd__timezones`;

ALTER TABLE `hd_ticket`
    ADD `est_duedate` datetime default NULL AFTER `duedate`,
    ADD `lastupdate` datetime default NULL AFTER `lastmessage`;

UPDATE `hd_ticket` A1
    LEFT JOIN `hd_sla` A2 ON (A1.sla_id = A2.id)
    SET A1.`est_duedate` =
        COALESCE(A1.`duedate`, A1.`created` + INTERVAL A2.`grace_period` HOUR),
      A1.`lastupdate` =
        CAST(GREATEST(IFNULL(A1.lastmessage, A1.created), IFNULL(A1.closed, A1.created), IFNULL(A1.reopened, A1.created)) as DATETIME);

-- Add flags field to form field
ALTER TABLE  `hd_form_field`
    ADD  `flags` INT UNSIGNED NOT NULL DEFAULT  '1' AFTER  `form_id`;

-- Flag fields stored elsewhere as not storable locally.
UPDATE `hd_form_field` A1 JOIN `hd_form` A2 ON(A2.id=A1.form_id)
    SET A1.`flags` = 3
    WHERE A2.`type` = 'U' AND A1.`name` IN('name','email');

-- Coalesce to zero here in case the config option has never been saved
set @client_edit = coalesce(
    (select value from `hd_config` where `key` =
    'allow_client_updates'), 0);

-- Transfer previous visibility and requirement settings to the new flag field
UPDATE `hd_form_field` SET `flags` = `flags` |
     CASE WHEN `private` = 0 and @client_edit = 1 THEN CONV(3300, 16, 10)
          WHEN `private` = 0 and @client_edit = 0 THEN CONV(3100, 16, 10)
          WHEN `private` = 1 THEN CONV(3000, 16, 10)
          WHEN `private` = 2 and @client_edit = 1 THEN CONV(300, 16, 10)
          WHEN `private` = 2 and @client_edit = 0 THEN CONV(100, 16, 10) END
   | CASE WHEN `required` = 0 THEN 0
          WHEN `required` = 1 THEN CONV(4400, 16, 10)
          WHEN `required` = 2 THEN CONV(400, 16, 10)
          WHEN `required` = 3 THEN CONV(4000, 16, 10) END
   | IF(`edit_mask` & 1, CONV(20, 16, 10), 0)
   | IF(`edit_mask` & 2, CONV(40000, 16, 10), 0)
   | IF(`edit_mask` & 16, CONV(10, 16, 10), 0)
   | IF(`edit_mask` & 32, CONV(40, 16, 10), 0);

-- Finished with patch
UPDATE `hd_config`
    SET `value` = 'e5f6a7b8', `updated` = '2021-03-01 00:00:00'
    WHERE `key` = 'schema_signature' AND `namespace` = 'core';
