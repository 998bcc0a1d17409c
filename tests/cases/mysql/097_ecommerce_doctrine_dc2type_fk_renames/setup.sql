-- A Sylius-like shop (Doctrine ORM on MySQL): DC2Type comments, FK_/IDX_/UNIQ_ hash names.
CREATE TABLE sylius_channel (id INT AUTO_INCREMENT NOT NULL, code VARCHAR(255) NOT NULL, name VARCHAR(255) NOT NULL, enabled TINYINT(1) NOT NULL, created_at DATETIME NOT NULL, UNIQUE INDEX UNIQ_16C8119E77153098 (code), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8 COLLATE `utf8_unicode_ci` ENGINE = InnoDB;
CREATE TABLE sylius_customer (id INT AUTO_INCREMENT NOT NULL, email VARCHAR(255) NOT NULL, email_canonical VARCHAR(255) NOT NULL, first_name VARCHAR(255) DEFAULT NULL, subscribed_to_newsletter TINYINT(1) NOT NULL, created_at DATETIME NOT NULL, UNIQUE INDEX UNIQ_7E82D5E6A0D96FBF (email_canonical), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8 COLLATE `utf8_unicode_ci` ENGINE = InnoDB;
CREATE TABLE sylius_order (id INT AUTO_INCREMENT NOT NULL, channel_id INT DEFAULT NULL, customer_id INT DEFAULT NULL, number VARCHAR(255) DEFAULT NULL, state VARCHAR(255) NOT NULL, checkout_completed_at DATETIME DEFAULT NULL, items_total INT NOT NULL, total INT NOT NULL, details LONGTEXT NOT NULL COMMENT '(DC2Type:array)', token_value VARCHAR(255) DEFAULT NULL, created_at DATETIME NOT NULL, UNIQUE INDEX UNIQ_6196A1F996901F54 (number), INDEX IDX_6196A1F972F5A1AA (channel_id), INDEX IDX_6196A1F99395C3F3 (customer_id), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8 COLLATE `utf8_unicode_ci` ENGINE = InnoDB;
CREATE TABLE sylius_order_item (id INT AUTO_INCREMENT NOT NULL, order_id INT NOT NULL, variant_code VARCHAR(255) NOT NULL, quantity INT NOT NULL, unit_price INT NOT NULL, units_total INT NOT NULL, immutable TINYINT(1) NOT NULL, INDEX idx_77b587ed8d9f6d38 (order_id), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8 COLLATE `utf8_unicode_ci` ENGINE = InnoDB;
ALTER TABLE sylius_order ADD CONSTRAINT FK_6196A1F972F5A1AA FOREIGN KEY (channel_id) REFERENCES sylius_channel (id);
ALTER TABLE sylius_order ADD CONSTRAINT FK_6196A1F99395C3F3 FOREIGN KEY (customer_id) REFERENCES sylius_customer (id);

INSERT INTO sylius_channel (code, name, enabled, created_at) VALUES ('WEB_US', 'US Web Store', 1, '2023-01-01 00:00:00'), ('WEB_EU', 'EU Web Store', 1, '2023-01-01 00:00:00'), ('POS', 'Point of sale', 0, '2023-02-01 00:00:00');

INSERT INTO sylius_customer (email, email_canonical, first_name, subscribed_to_newsletter, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90)
SELECT CONCAT(IF(n % 6 = 0, 'Shopper', 'shopper'), n, '@Example.com'), CONCAT('shopper', n, '@example.com'),
       IF(n % 8 = 0, NULL, CONCAT('Name', n)), n % 3 = 0, '2023-03-01 00:00:00' + INTERVAL n DAY
FROM seq ORDER BY n;

INSERT INTO sylius_order (channel_id, customer_id, number, state, checkout_completed_at, items_total, total, details, token_value, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT 1 + n % 3, IF(n % 15 = 0, NULL, 1 + n % 90), IF(n % 10 = 0, NULL, LPAD(n, 9, '0')), ELT(1 + n % 4, 'cart', 'new', 'fulfilled', 'cancelled'),
       IF(n % 4 = 0, NULL, '2024-01-01 00:00:00' + INTERVAL n HOUR), n * 1000, n * 1000 + 500,
       IF(n % 5 = 0, CONCAT('a:1:{s:4:"note";s:', LENGTH(CONCAT('gift ', n)), ':"gift ', n, '";}'), 'a:0:{}'),
       CONCAT('tok', MD5(n)), '2024-01-01 00:00:00' + INTERVAL n HOUR
FROM seq ORDER BY n;

INSERT INTO sylius_order_item (order_id, variant_code, quantity, unit_price, units_total, immutable)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 360)
SELECT 1 + n % 210, CONCAT('MUG_', n % 13), 1 + n % 4, 250 * (1 + n % 5), 250 * (1 + n % 5) * (1 + n % 4), 0
FROM seq ORDER BY n;
