-- A table without a primary key whose rows are identified by a UNIQUE NOT NULL code.
CREATE TABLE coupons (
    code       TEXT NOT NULL UNIQUE,
    percent    INTEGER NOT NULL,
    note       TEXT,
    channel    TEXT NOT NULL DEFAULT 'web',
    valid_to   TEXT
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO coupons (code, percent, note, channel, valid_to)
SELECT 'C' || printf('%05d', i), 5 + i % 30, CASE WHEN i % 4 = 0 THEN NULL ELSE 'note ' || i END,
       CASE i % 3 WHEN 0 THEN 'store' WHEN 1 THEN 'web' ELSE 'partner' END, date('2025-01-01', '+' || i || ' days')
FROM n;
DELETE FROM coupons WHERE percent = 7;
