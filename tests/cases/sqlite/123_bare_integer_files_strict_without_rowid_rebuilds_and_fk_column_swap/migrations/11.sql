ALTER TABLE conf ADD COLUMN paywall_boost_element_30d_price_sat INTEGER NOT NULL DEFAULT 0;

ALTER TABLE conf ADD COLUMN matrix_bot_password TEXT NOT NULL DEFAULT '';

-- the single conf row is upserted: insert if missing, otherwise set the new prices
INSERT INTO conf (id, paywall_add_element_comment_price_sat, paywall_boost_element_30d_price_sat)
VALUES (1, 500, 5000)
ON CONFLICT (id) DO UPDATE SET paywall_boost_element_30d_price_sat = excluded.paywall_boost_element_30d_price_sat;

-- boosts of deleted elements and of deleted admins are removed
DELETE FROM boost
WHERE element_id IN (SELECT id FROM element WHERE deleted_at IS NOT NULL)
   OR admin_id IN (SELECT id FROM admin WHERE deleted_at IS NOT NULL);
