UPDATE books SET author_id = NULL WHERE author_id NOT IN (SELECT id FROM authors);
