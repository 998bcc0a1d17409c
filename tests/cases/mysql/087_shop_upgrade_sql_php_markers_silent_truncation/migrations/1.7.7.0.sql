SET SESSION sql_mode='';
SET NAMES 'utf8mb4';

UPDATE `ps_configuration` SET `value` = CONCAT('#', `value`) WHERE `name` LIKE 'PS_%_PREFIX';

UPDATE `ps_configuration_lang` SET `value` = CONCAT('#', `value`) WHERE `id_configuration` IN (SELECT `id_configuration` FROM `ps_configuration` WHERE `name` LIKE 'PS_%_PREFIX');

/* Not strict: the NULL numbers silently become 0 */
ALTER TABLE `ps_orders` CHANGE `invoice_number` `invoice_number` INT( 11 ) UNSIGNED NOT NULL DEFAULT '0',
CHANGE `delivery_number` `delivery_number` INT( 11 ) UNSIGNED NOT NULL DEFAULT '0';
/* PHP:ps_1770_update_order_status_colors(); */;
