CREATE TABLE deals_archive (id INTEGER PRIMARY KEY, title TEXT NOT NULL, value_cents INTEGER NOT NULL, archived_on TEXT NOT NULL);
INSERT INTO deals_archive SELECT id, title, value_cents, '2024-07-01' FROM deals WHERE stage_id = 5;
DELETE FROM deals WHERE stage_id = 5;
