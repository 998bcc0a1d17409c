DROP COLLATION natural_sort CASCADE;
ALTER TABLE sessions ADD COLUMN client text COLLATE case_insensitive NOT NULL DEFAULT 'web';
