ALTER TABLE stores ADD COLUMN location POINT NULL;
UPDATE stores SET location = POINT(id, id * 2);
DELETE FROM stores WHERE id = 25;
ALTER TABLE stores MODIFY location POINT NOT NULL;
ALTER TABLE stores ADD SPATIAL INDEX stores_location (location);
