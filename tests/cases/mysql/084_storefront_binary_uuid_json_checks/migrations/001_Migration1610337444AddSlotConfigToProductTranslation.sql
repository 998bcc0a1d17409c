-- update(): a JSON column and its named CHECK in one ALTER, then filled from custom_fields.
ALTER TABLE `product_translation`
    ADD COLUMN `slot_config` JSON NULL AFTER `custom_fields`,
    ADD CONSTRAINT `json.product_translation.slot_config` CHECK (JSON_VALID(`slot_config`));

UPDATE `product_translation`
   SET `slot_config` = JSON_EXTRACT(`custom_fields`, '$.old_slot'),
       `custom_fields` = JSON_REMOVE(`custom_fields`, '$.old_slot'),
       `updated_at` = '2023-04-01 00:00:00.000'
 WHERE JSON_CONTAINS_PATH(`custom_fields`, 'one', '$.old_slot');

-- The many-to-many id field: tag ids denormalised into product.tag_ids (ordered, so deterministic).
UPDATE `product` p
   SET p.`tag_ids` = (SELECT JSON_ARRAYAGG(LOWER(HEX(pt.`tag_id`)) ORDER BY HEX(pt.`tag_id`))
                        FROM `product_tag` pt
                       WHERE pt.`product_id` = p.`id` AND pt.`product_version_id` = p.`version_id`);
