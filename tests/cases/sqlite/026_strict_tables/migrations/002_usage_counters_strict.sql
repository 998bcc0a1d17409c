CREATE TABLE usage_counters_new (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    month TEXT NOT NULL,
    api_calls INTEGER NOT NULL,
    storage_mb REAL NOT NULL
) STRICT;
INSERT INTO usage_counters_new SELECT id, account, month, CAST(api_calls AS INTEGER), CAST(storage_mb AS REAL) FROM usage_counters;
DROP TABLE usage_counters;
ALTER TABLE usage_counters_new RENAME TO usage_counters;
CREATE INDEX usage_counters_account_month_idx ON usage_counters(account, month);
