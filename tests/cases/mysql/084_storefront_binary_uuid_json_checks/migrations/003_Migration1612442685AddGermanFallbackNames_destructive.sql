-- updateDestructive(): the CHECK goes with its column in one ALTER, a tag removed with its
-- mapping rows by cascade, discontinued products deleted through both cascades.
ALTER TABLE `product`
    DROP CONSTRAINT `json.product.legacy_data`,
    DROP COLUMN `legacy_data`,
    MODIFY `product_number` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

DELETE FROM `tag` WHERE `id` = UNHEX(MD5('tag-3'));
DELETE FROM `product` WHERE `stock` = 0 AND `version_id` = UNHEX('0FA91CE3E96A4BC2BE4BD9CE752C3425');

ALTER TABLE `product_translation` DROP CONSTRAINT IF EXISTS `json.product_translation.custom_fields`;
