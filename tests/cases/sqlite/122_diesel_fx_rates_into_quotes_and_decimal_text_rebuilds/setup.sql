-- Portfolio tracker before the FX-to-quotes and decimal-as-text migrations (Diesel, SQLite).
CREATE TABLE accounts (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL
);
CREATE TABLE assets (
    id TEXT NOT NULL PRIMARY KEY,
    symbol TEXT NOT NULL,
    name TEXT,
    asset_type TEXT,
    asset_class TEXT,
    asset_sub_class TEXT,
    data_source TEXT NOT NULL,
    currency TEXT NOT NULL,
    comment TEXT,
    countries TEXT,
    symbol_mapping TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE exchange_rates (
    id TEXT NOT NULL PRIMARY KEY,
    from_currency TEXT NOT NULL,
    to_currency TEXT NOT NULL,
    rate DOUBLE NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE quotes (
    id TEXT NOT NULL PRIMARY KEY,
    symbol TEXT NOT NULL,
    date TEXT NOT NULL,
    open DOUBLE NOT NULL,
    high DOUBLE NOT NULL,
    low DOUBLE NOT NULL,
    close DOUBLE NOT NULL,
    adjclose DOUBLE NOT NULL,
    volume DOUBLE NOT NULL,
    data_source TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_quotes_symbol ON quotes(symbol);
CREATE TABLE activities (
    id TEXT NOT NULL PRIMARY KEY,
    account_id TEXT NOT NULL,
    asset_id TEXT NOT NULL,
    activity_type TEXT NOT NULL,
    activity_date TEXT NOT NULL,
    quantity DOUBLE NOT NULL,
    unit_price DOUBLE NOT NULL,
    currency TEXT NOT NULL,
    fee DOUBLE NOT NULL,
    is_draft BOOLEAN NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_activities_account_id ON activities(account_id);
CREATE INDEX idx_activities_asset_id ON activities(asset_id);

INSERT INTO accounts VALUES ('acc-1', 'Brokerage', 'USD'), ('acc-2', 'Pension', 'EUR'), ('acc-3', 'Savings', 'CAD');

-- stocks, cash assets and two currency assets that already exist for exchange rates
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO assets (id, symbol, name, asset_type, asset_class, asset_sub_class, data_source, currency, comment, countries, symbol_mapping, created_at, updated_at)
SELECT 'TCK' || i, 'TCK' || i, 'Ticker ' || i, CASE WHEN i % 4 = 0 THEN 'etf' ELSE 'Equity' END, 'EQUITY', 'STOCK',
       CASE WHEN i % 5 = 0 THEN 'manual' ELSE 'yahoo' END, CASE WHEN i % 2 = 0 THEN 'EUR' ELSE 'USD' END,
       CASE WHEN i % 3 = 0 THEN 'note ' || i END,
       CASE WHEN i % 2 = 1 THEN '[{"code":"US","weight":1}]' END, NULL,
       printf('2024-01-%02d 08:00:00', i), printf('2024-02-%02d 08:00:00', i)
FROM n;
INSERT INTO assets (id, symbol, name, asset_type, asset_class, asset_sub_class, data_source, currency, comment, countries, symbol_mapping, created_at, updated_at) VALUES
    ('$CASH-USD', '$CASH-USD', 'Cash USD', 'Cash', 'CASH', 'CASH', 'manual', 'USD', NULL, NULL, NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00'),
    ('$CASH-EUR', '$CASH-EUR', 'Cash EUR', 'Cash', 'CASH', 'CASH', 'manual', 'EUR', NULL, NULL, NULL, '2024-01-01 00:00:00', '2024-01-01 00:00:00'),
    ('USDEUR', 'USDEUR', 'old name', 'Currency', 'CURRENCY', NULL, 'yahoo', 'USD', 'stale', NULL, NULL, '2024-01-02 00:00:00', '2024-01-02 00:00:00'),
    ('EURCAD', 'EURCAD', NULL, 'Currency', 'CURRENCY', NULL, 'yahoo', 'EUR', NULL, '[{"code":"EU","weight":1}]', NULL, '2024-01-02 00:00:00', '2024-01-02 00:00:00');

INSERT INTO exchange_rates VALUES
    ('USDEUR', 'USD', 'EUR', 0.9125, 'MANUAL', '2024-01-02 00:00:00', '2024-03-01 12:00:00'),
    ('EURCAD', 'EUR', 'CAD', 1.4625, 'YAHOO', '2024-01-02 00:00:00', '2024-03-02 12:00:00'),
    ('USDCAD', 'USD', 'CAD', 1.345, 'MANUAL', '2024-01-03 00:00:00', '2024-03-03 12:00:00'),
    ('GBPUSD', 'GBP', 'USD', 1.2675, 'YAHOO', '2024-01-04 00:00:00', '2024-03-04 12:00:00'),
    ('JPY', 'JPY', 'JPY', 1.0, 'MANUAL', '2024-01-05 00:00:00', '2024-03-05 12:00:00');

-- daily quotes for the tickers and the cash symbols (the latter are removed by the migration)
WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 9),
     t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < 12)
INSERT INTO quotes
SELECT 'TCK' || i || '_' || strftime('%Y%m%d', date('2024-02-01', '+' || k || ' days')),
       'TCK' || i, date('2024-02-01', '+' || k || ' days') || ' 16:00:00',
       10.0 * i + k * 0.25, 10.0 * i + k * 0.5, 10.0 * i - 0.5, 10.0 * i + k * 0.375, 10.0 * i + k * 0.375,
       1000.0 * (k + 1), CASE WHEN i % 5 = 0 THEN 'MANUAL' ELSE 'YAHOO' END,
       '2024-02-01 00:00:00'
FROM t, d;
INSERT INTO quotes VALUES
    ('$CASH-USD_20240201', '$CASH-USD', '2024-02-01 16:00:00', 1, 1, 1, 1, 1, 0, 'MANUAL', '2024-02-01 00:00:00'),
    ('$CASH-EUR_20240201', '$CASH-EUR', '2024-02-01 16:00:00', 1, 1, 1, 1, 1, 0, 'MANUAL', '2024-02-01 00:00:00');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO activities
SELECT printf('act-%03d', i), 'acc-' || (1 + i % 3),
       CASE WHEN i % 6 IN (1, 2) THEN '$CASH-USD' ELSE 'TCK' || (1 + i % 12) END,
       CASE i % 10
           WHEN 0 THEN 'DIVIDEND' WHEN 1 THEN 'DEPOSIT' WHEN 2 THEN 'TRANSFER_IN' WHEN 3 THEN 'TRANSFER_OUT'
           WHEN 4 THEN 'SPLIT' WHEN 5 THEN 'CONVERSION_IN' WHEN 6 THEN 'CONVERSION_OUT' WHEN 7 THEN 'FEE'
           ELSE 'BUY' END,
       printf('2024-%02d-%02d 10:%02d:00', 1 + i % 6, 1 + i % 27, i % 60),
       1.5 * (i % 7 + 1), 12.25 + i, CASE WHEN i % 2 = 0 THEN 'EUR' ELSE 'USD' END, 0.5 * (i % 4),
       i % 9 = 0, CASE WHEN i % 5 = 0 THEN 'imported; row ' || i END,
       printf('2024-01-01 00:%02d:00', i % 60), printf('2024-06-01 00:%02d:00', i % 60)
FROM n;

-- activities left behind by a deleted account and a delisted asset (no foreign keys yet)
INSERT INTO activities VALUES
    ('act-901', 'acc-9', 'TCK1', 'BUY', '2024-02-10 09:00:00', 3, 20.5, 'USD', 1, 0, NULL, '2024-02-10 09:00:00', '2024-02-10 09:00:00'),
    ('act-902', 'acc-1', 'DELISTED', 'SELL', '2024-02-11 09:00:00', 2, 7.25, 'USD', 0.5, 0, 'last trade', '2024-02-11 09:00:00', '2024-02-11 09:00:00'),
    ('act-903', 'acc-9', '$CASH-USD', 'DEPOSIT', '2024-02-12 09:00:00', 1, 500, 'USD', 0, 1, NULL, '2024-02-12 09:00:00', '2024-02-12 09:00:00');
