BEGIN;
UPDATE page_views SET referrer = 'internal' WHERE referrer LIKE 'https://ref0%';
DELETE FROM page_views WHERE hits = 0;
COMMIT;
