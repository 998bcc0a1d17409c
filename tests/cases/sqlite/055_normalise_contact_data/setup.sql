CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT, country TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO contacts SELECT i, '  Name ' || i || '  ', ' USER' || i || '@MAIL.Example ',
    '(555) ' || printf('%03d', i) || '-' || printf('%04d', i * 7), CASE i % 4 WHEN 0 THEN 'de' WHEN 1 THEN 'Germany' WHEN 2 THEN 'DE' ELSE NULL END FROM n;
