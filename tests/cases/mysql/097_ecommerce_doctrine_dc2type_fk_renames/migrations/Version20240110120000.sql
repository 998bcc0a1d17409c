-- bin/console doctrine:migrations:migrate (Version20240110120000): orphan items removed so the
-- new foreign key can be added; immutable datetimes; the array column becomes JSON.
DELETE FROM sylius_order_item WHERE order_id NOT IN (SELECT id FROM sylius_order);
ALTER TABLE sylius_order_item ADD CONSTRAINT FK_77B587ED8D9F6D38 FOREIGN KEY (order_id) REFERENCES sylius_order (id) ON DELETE CASCADE;
ALTER TABLE sylius_order CHANGE created_at created_at DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)', CHANGE checkout_completed_at checkout_completed_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)';
UPDATE sylius_order SET details = '[]' WHERE details = 'a:0:{}';
UPDATE sylius_order SET details = JSON_OBJECT('note', SUBSTRING_INDEX(SUBSTRING_INDEX(details, '"', 4), '"', -1)) WHERE details LIKE 'a:1:{s:4:"note"%';
ALTER TABLE sylius_order CHANGE details details JSON NOT NULL COMMENT '(DC2Type:json)';
ALTER TABLE sylius_customer CHANGE email email VARCHAR(180) NOT NULL, CHANGE email_canonical email_canonical VARCHAR(180) NOT NULL;
