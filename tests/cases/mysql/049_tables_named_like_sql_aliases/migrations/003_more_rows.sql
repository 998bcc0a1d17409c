INSERT INTO c (id, name, score) VALUES (5, 'ed', 50);
UPDATE c SET name = upper(name) WHERE id <= 2;
DROP TABLE s;
