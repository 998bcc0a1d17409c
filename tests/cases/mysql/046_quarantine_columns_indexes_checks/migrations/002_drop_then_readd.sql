-- NOT NULL columns without a default (ENUM, DATE) and one column of a FULLTEXT index
ALTER TABLE members DROP COLUMN level, DROP COLUMN joined, DROP COLUMN note;
-- a column dropped and added again under the same name in the same migration
ALTER TABLE members DROP COLUMN bio;
ALTER TABLE members ADD COLUMN bio VARCHAR(200) NOT NULL DEFAULT 'new';
INSERT INTO members (id, handle, bio) VALUES (61, 'late', 'joined after the drop');
UPDATE members SET bio = CONCAT('fresh ', id) WHERE id % 4 = 0;
