-- Shopware-6-like storefront tables: BINARY(16) uuid keys, a live version id in every key,
-- JSON columns each guarded by a named CHECK (JSON_VALID(...)) whose name holds dots.
CREATE TABLE `language` (
  `id` BINARY(16) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product` (
  `id` BINARY(16) NOT NULL,
  `version_id` BINARY(16) NOT NULL,
  `product_number` VARCHAR(64) NOT NULL,
  `stock` INT NOT NULL,
  `legacy_data` JSON NULL,
  `tag_ids` JSON NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3) NULL,
  PRIMARY KEY (`id`, `version_id`),
  UNIQUE KEY `uniq.product.product_number__version_id` (`product_number`, `version_id`),
  CONSTRAINT `json.product.legacy_data` CHECK (JSON_VALID(`legacy_data`)),
  CONSTRAINT `json.product.tag_ids` CHECK (JSON_VALID(`tag_ids`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_translation` (
  `product_id` BINARY(16) NOT NULL,
  `product_version_id` BINARY(16) NOT NULL,
  `language_id` BINARY(16) NOT NULL,
  `name` VARCHAR(255) NULL,
  `custom_fields` JSON NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3) NULL,
  PRIMARY KEY (`product_id`, `product_version_id`, `language_id`),
  CONSTRAINT `json.product_translation.custom_fields` CHECK (JSON_VALID(`custom_fields`)),
  CONSTRAINT `fk.product_translation.product_id` FOREIGN KEY (`product_id`, `product_version_id`)
    REFERENCES `product` (`id`, `version_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk.product_translation.language_id` FOREIGN KEY (`language_id`)
    REFERENCES `language` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag` (
  `id` BINARY(16) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_tag` (
  `product_id` BINARY(16) NOT NULL,
  `product_version_id` BINARY(16) NOT NULL,
  `tag_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`product_id`, `product_version_id`, `tag_id`),
  CONSTRAINT `fk.product_tag.product_id` FOREIGN KEY (`product_id`, `product_version_id`)
    REFERENCES `product` (`id`, `version_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk.product_tag.tag_id` FOREIGN KEY (`tag_id`)
    REFERENCES `tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO `language` (`id`, `name`, `created_at`) VALUES
  (UNHEX('2FBB5FE2E29A4D70AA5854CE7CE3E20B'), 'English', '2023-01-01 00:00:00.000'),
  (UNHEX('A1B2C3D4E5F60718293A4B5C6D7E8F90'), 'Deutsch', '2023-01-01 00:00:00.000');

INSERT INTO `product` (`id`, `version_id`, `product_number`, `stock`, `legacy_data`, `tag_ids`, `created_at`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT UNHEX(MD5(CONCAT('product-', n))), UNHEX('0FA91CE3E96A4BC2BE4BD9CE752C3425'), CONCAT('SW', LPAD(n, 5, '0')), n * 3 % 41,
       IF(n % 4 = 0, NULL, CONCAT('{"ean": "400', LPAD(n, 6, '0'), '", "weight": ', n % 9, '.5, "legacy": true}')),
       NULL, TIMESTAMP('2023-03-01 12:00:00.125') + INTERVAL n MINUTE
FROM seq;

INSERT INTO `product_translation` (`product_id`, `product_version_id`, `language_id`, `name`, `custom_fields`, `created_at`)
SELECT p.`id`, p.`version_id`, l.`id`, CONCAT(IF(l.`name` = 'English', 'Product ', 'Produkt '), SUBSTRING(p.`product_number`, 3)),
       IF(CAST(SUBSTRING(p.`product_number`, 3) AS UNSIGNED) % 3 = 0, '{"color": "red", "old_slot": {"a": 1}}', NULL),
       '2023-03-02 08:00:00.000'
FROM `product` p CROSS JOIN `language` l
WHERE l.`name` = 'English' OR CAST(SUBSTRING(p.`product_number`, 3) AS UNSIGNED) % 2 = 0;

INSERT INTO `tag` (`id`, `name`, `created_at`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 8)
SELECT UNHEX(MD5(CONCAT('tag-', n))), CONCAT('tag ', n), '2023-01-05 00:00:00.000' FROM seq;

INSERT INTO `product_tag` (`product_id`, `product_version_id`, `tag_id`)
SELECT p.`id`, p.`version_id`, t.`id`
FROM `product` p JOIN `tag` t ON (CAST(SUBSTRING(p.`product_number`, 3) AS UNSIGNED) + CAST(SUBSTRING(t.`name`, 5) AS UNSIGNED)) % 5 = 0;
