-- '_' is a LIKE wildcard: topics are stored escaped from now on (the key column changes)
UPDATE member_access SET topic = REPLACE(topic, '_', '\_');
ALTER TABLE plan RENAME COLUMN price_id TO monthly_price_id;
ALTER TABLE plan ADD COLUMN yearly_price_id TEXT;
DROP INDEX IF EXISTS idx_plan_price_id;
CREATE UNIQUE INDEX idx_plan_monthly_price_id ON plan (monthly_price_id);
CREATE UNIQUE INDEX idx_plan_yearly_price_id ON plan (yearly_price_id);
ALTER TABLE plan ADD COLUMN calls_limit INT NOT NULL DEFAULT (0);
UPDATE plan SET yearly_price_id = 'price_y1', calls_limit = 20 WHERE code = 'team';
