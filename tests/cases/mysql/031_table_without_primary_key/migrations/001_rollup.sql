UPDATE page_hits SET n = n + 1 WHERE path = '/p/1';
DELETE FROM page_hits WHERE n = 0 ORDER BY path, hit_on LIMIT 5;
ALTER TABLE page_hits ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'web';
