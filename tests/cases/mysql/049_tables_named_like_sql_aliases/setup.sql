-- Short table names that generated SQL often uses as aliases (c, t, s, o, n, x).
CREATE TABLE c (id integer PRIMARY KEY, name VARCHAR(40) NOT NULL, phone VARCHAR(40), score integer);
CREATE TABLE t (id integer PRIMARY KEY, c_id integer, label VARCHAR(40));
CREATE TABLE s (id integer PRIMARY KEY, body VARCHAR(40));
CREATE TABLE o (id integer PRIMARY KEY, total integer);
CREATE TABLE n (id integer PRIMARY KEY, note VARCHAR(40));
CREATE TABLE x (id integer PRIMARY KEY, v VARCHAR(40));
INSERT INTO c VALUES (1, 'ann', '555-1', 10), (2, 'bob', '555-2', 20), (3, 'cy', NULL, 30), (4, 'di', '555-4', 40);
INSERT INTO t VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 3, 'c');
INSERT INTO s VALUES (1, 'one'), (2, 'two');
INSERT INTO o VALUES (1, 100), (2, 200), (3, 300);
INSERT INTO n VALUES (1, 'x'), (2, 'y');
INSERT INTO x VALUES (1, 'p'), (2, 'q');
