ALTER TABLE `Order Items` RENAME COLUMN `desc-text` TO `Description`;
CREATE INDEX `idx on select` ON `Order Items` (`select`);
RENAME TABLE `Order Items` TO `order-items`;
CREATE VIEW `Item View` AS SELECT `Item ID`, `select`, `weird``name` FROM `order-items`;
