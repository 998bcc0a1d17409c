CREATE TABLE page_views (path TEXT NOT NULL, referrer TEXT, viewed_on TEXT NOT NULL, hits INTEGER NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO page_views SELECT '/p/' || (i % 11), CASE WHEN i % 4 = 0 THEN NULL ELSE 'https://ref' || (i % 3) || '.example' END,
    date('2024-02-01', '+' || (i % 20) || ' days'), i % 7 FROM n;
INSERT INTO page_views SELECT path, referrer, viewed_on, hits FROM page_views WHERE hits = 3;
