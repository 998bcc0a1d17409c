CREATE TABLE page_views (path text NOT NULL, referrer text, viewed_on date NOT NULL, hits integer NOT NULL);
INSERT INTO page_views SELECT '/p/' || (i % 11), CASE WHEN i % 4 = 0 THEN NULL ELSE 'https://ref' || (i % 3) || '.example' END,
    date '2024-02-01' + i % 20, i % 7 FROM generate_series(1, 150) i;
INSERT INTO page_views SELECT * FROM page_views WHERE hits = 3;
