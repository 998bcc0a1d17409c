ALTER TABLE books ADD CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id) ON UPDATE CASCADE;
UPDATE authors SET id = id + 100 WHERE id = 3;
