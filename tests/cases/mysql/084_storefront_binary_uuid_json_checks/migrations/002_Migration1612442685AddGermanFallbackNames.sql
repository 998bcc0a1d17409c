-- Missing German translations inserted, existing ones renamed: one upsert keyed on binary ids.
INSERT INTO `product_translation` (`product_id`, `product_version_id`, `language_id`, `name`, `custom_fields`, `created_at`)
SELECT pt.`product_id`, pt.`product_version_id`, UNHEX('A1B2C3D4E5F60718293A4B5C6D7E8F90'),
       CONCAT('Produkt ', SUBSTRING(pt.`name`, 9)), JSON_OBJECT('fallback', TRUE), '2023-05-01 00:00:00.000'
  FROM `product_translation` pt
 WHERE pt.`language_id` = UNHEX('2FBB5FE2E29A4D70AA5854CE7CE3E20B')
ON DUPLICATE KEY UPDATE `name` = CONCAT(VALUES(`name`), ' (de)'), `updated_at` = '2023-05-01 00:00:00.000';

-- Stock of products carrying the first tag moved into legacy_data (multi-table UPDATE on binary keys).
UPDATE `product` p
  INNER JOIN `product_tag` pt ON pt.`product_id` = p.`id` AND pt.`product_version_id` = p.`version_id`
   SET p.`legacy_data` = JSON_SET(COALESCE(p.`legacy_data`, '{}'), '$.stock_before', p.`stock`), p.`stock` = 0
 WHERE pt.`tag_id` = UNHEX(MD5('tag-1'));
