-- Your SQL goes here
-- Exchange rates become FOREX assets with a quote each; the rates table goes away.

-- currency assets that already exist take their new shape from the rate row
UPDATE assets
SET
    name = CASE
        WHEN length(r.id) >= 6 THEN substr(r.id, 1, 3) || '/' || substr(r.id, 4, 3) || ' Exchange Rate'
        ELSE r.id || ' Exchange Rate'
    END,
    asset_type = 'FOREX',
    asset_class = 'FOREX',
    asset_sub_class = 'FOREX',
    data_source = r.source,
    currency = CASE WHEN length(r.id) >= 3 THEN substr(r.id, 1, 3) ELSE r.id END,
    comment = 'Currency pair ' || r.from_currency || ' -> ' || r.to_currency,
    updated_at = r.updated_at
FROM exchange_rates r
WHERE assets.symbol = r.id;

-- the other pairs are inserted
INSERT INTO assets (id, symbol, name, asset_type, asset_class, asset_sub_class, data_source, currency, comment, created_at, updated_at)
SELECT
    id,
    id AS symbol,
    CASE WHEN length(id) >= 6 THEN substr(id, 1, 3) || '/' || substr(id, 4, 3) || ' Exchange Rate' ELSE id || ' Exchange Rate' END,
    'FOREX', 'FOREX', 'FOREX',
    source,
    CASE WHEN length(id) >= 3 THEN substr(id, 1, 3) ELSE id END,
    'Currency pair ' || from_currency || ' -> ' || to_currency,
    created_at,
    updated_at
FROM exchange_rates
WHERE NOT EXISTS (SELECT 1 FROM assets WHERE assets.symbol = exchange_rates.id)
ORDER BY id;

-- one quote per rate, keyed by the day of its last update
INSERT INTO quotes (id, symbol, date, open, high, low, close, adjclose, volume, data_source, created_at)
SELECT id || '_' || strftime('%Y%m%d', updated_at), id, updated_at, rate, rate, rate, rate, rate, 0.0, source, created_at
FROM exchange_rates
ORDER BY id;

DROP TABLE exchange_rates;

CREATE INDEX IF NOT EXISTS idx_quotes_symbol_date ON quotes(symbol, date);
CREATE INDEX IF NOT EXISTS idx_quotes_date ON quotes(date);
CREATE INDEX IF NOT EXISTS idx_assets_type_currency ON assets(asset_type);

-- Capitalize all asset types
UPDATE assets SET asset_type = UPPER(asset_type), data_source = UPPER(data_source), symbol_mapping = symbol;
UPDATE assets SET asset_type = 'CASH' WHERE asset_class = 'CASH' OR id LIKE '$CASH-%';
UPDATE assets SET asset_type = 'FOREX' WHERE asset_type = 'CURRENCY';
-- the countries JSON renames its "code" key (plain text replacement, not JSON1)
UPDATE assets
SET countries = REPLACE(countries, '"code":', '"name":')
WHERE countries IS NOT NULL;

-- cash symbols need no quotes
DELETE FROM quotes WHERE symbol LIKE '$CASH-%';
