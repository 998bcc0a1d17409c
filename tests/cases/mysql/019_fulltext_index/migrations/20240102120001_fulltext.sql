ALTER TABLE articles ADD FULLTEXT INDEX articles_search (title, body);
CREATE FULLTEXT INDEX articles_title ON articles (title);
