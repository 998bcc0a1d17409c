/**
 * @signature c9d0e1f2
 * @version v1.10
 * @title Drop the legacy columns folded into flags
 *
 * The cleanup stage of the previous patch: the helper columns go, the numeric timezone table
 * too. A session variable carries a count from one statement to the next.
 */

SET @fields_before := (SELECT COUNT(*) FROM `hd_form_field`);

DELETE FROM `hd_form_field` WHERE `flags` & CONV(4000, 16, 10) = 0 AND `name` = 'phone' AND `form_id` <> 1;

ALTER TABLE `hd_form_field`
    DROP `private`,
    DROP `required`,
    DROP `edit_mask`;

ALTER TABLE `hd_staff`
    DROP `timezone_id`,
    DROP `daylight_saving`;

DROP TABLE IF EXISTS `hd_timezone`;

INSERT INTO `hd_config` (`namespace`, `key`, `value`, `updated`)
    VALUES ('core', 'fields_removed', CAST(@fields_before - (SELECT COUNT(*) FROM `hd_form_field`) AS CHAR), '2021-03-02 00:00:00');

UPDATE `hd_config`
    SET `value` = 'c9d0e1f2', `updated` = '2021-03-02 00:00:00'
    WHERE `key` = 'schema_signature' AND `namespace` = 'core';
