UPDATE page_views SET referrer = 'internal' WHERE referrer LIKE 'https://ref0%';
DELETE FROM page_views WHERE hits = 0;
ALTER TABLE page_views ADD COLUMN country char(2) NOT NULL DEFAULT 'ZZ';
