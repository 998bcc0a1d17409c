ALTER TABLE events ADD COLUMN valid_from TEXT NOT NULL DEFAULT '2024-01-01';
UPDATE events SET valid_from = substr(created_at, 1, 10) WHERE id > 10;
