-- several columns in one statement: a UNIQUE key and a CHECK go with them
ALTER TABLE members DROP COLUMN email, DROP COLUMN phone;
-- one column of a composite index (the index shrinks) and a NOT NULL column with an inline CHECK
ALTER TABLE members DROP score;
