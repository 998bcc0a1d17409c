-- pt-online-schema-change --alter "ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'EUR',
--   MODIFY note TEXT, ADD INDEX orders_status_placed (status, placed_at)" D=shop,t=orders
-- as the statements it runs (--print), chunked copy written as one INSERT ... SELECT.
CREATE TABLE `_orders_new` LIKE `orders`;
ALTER TABLE `_orders_new` ADD COLUMN currency CHAR(3) NOT NULL DEFAULT 'EUR', MODIFY note TEXT,
  ADD INDEX orders_status_placed (status, placed_at);

CREATE TRIGGER `pt_osc_shop_orders_del` AFTER DELETE ON `orders` FOR EACH ROW
  DELETE IGNORE FROM `_orders_new` WHERE `_orders_new`.`id` <=> OLD.`id`;
CREATE TRIGGER `pt_osc_shop_orders_upd` AFTER UPDATE ON `orders` FOR EACH ROW
  REPLACE INTO `_orders_new` (`id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at`)
  VALUES (NEW.`id`, NEW.`customer_id`, NEW.`status`, NEW.`total_cents`, NEW.`note`, NEW.`placed_at`);
CREATE TRIGGER `pt_osc_shop_orders_ins` AFTER INSERT ON `orders` FOR EACH ROW
  REPLACE INTO `_orders_new` (`id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at`)
  VALUES (NEW.`id`, NEW.`customer_id`, NEW.`status`, NEW.`total_cents`, NEW.`note`, NEW.`placed_at`);

INSERT LOW_PRIORITY IGNORE INTO `_orders_new` (`id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at`)
  SELECT `id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at` FROM `orders` FORCE INDEX(`PRIMARY`)
  WHERE `id` <= 120 LOCK IN SHARE MODE /*pt-online-schema-change 1234 copy nibble*/;

-- the application keeps writing while the copy runs: the triggers carry it over
UPDATE orders SET status = 'paid' WHERE status = 'new' AND id % 10 = 0;
INSERT INTO orders (customer_id, status, total_cents, note, placed_at) VALUES (7, 'new', 1999, 'during copy', '2024-02-01 10:00:00');
DELETE FROM orders WHERE id IN (3, 33, 133);

INSERT LOW_PRIORITY IGNORE INTO `_orders_new` (`id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at`)
  SELECT `id`, `customer_id`, `status`, `total_cents`, `note`, `placed_at` FROM `orders` FORCE INDEX(`PRIMARY`)
  WHERE `id` > 120 LOCK IN SHARE MODE /*pt-online-schema-change 1234 copy nibble*/;

ANALYZE TABLE `_orders_new` /* pt-online-schema-change */;
ALTER TABLE `_orders_new` ADD CONSTRAINT `_orders_customer_fk` FOREIGN KEY (customer_id) REFERENCES customers (id);
RENAME TABLE `orders` TO `_orders_old`, `_orders_new` TO `orders`;
DROP TABLE IF EXISTS `_orders_old`;
DROP TRIGGER IF EXISTS `pt_osc_shop_orders_del`;
DROP TRIGGER IF EXISTS `pt_osc_shop_orders_upd`;
DROP TRIGGER IF EXISTS `pt_osc_shop_orders_ins`;
