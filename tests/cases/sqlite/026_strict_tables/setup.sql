CREATE TABLE usage_counters (id INTEGER PRIMARY KEY, account TEXT, month TEXT, api_calls, storage_mb);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 36)
INSERT INTO usage_counters SELECT i, 'acct-' || (i % 4), printf('2024-%02d', 1 + i % 12),
    CASE WHEN i % 5 = 0 THEN CAST(i * 100 AS TEXT) ELSE i * 100 END, i * 2.5 FROM n;
