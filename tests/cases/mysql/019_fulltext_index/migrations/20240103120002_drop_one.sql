DROP INDEX articles_title ON articles;
