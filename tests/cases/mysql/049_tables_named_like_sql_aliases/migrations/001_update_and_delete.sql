UPDATE c SET score = score * 2 WHERE id % 2 = 0;
DELETE FROM t WHERE id = 2;
INSERT INTO s (id, body) VALUES (3, 'three');
UPDATE o SET total = total + 1;
DELETE FROM n;
UPDATE x SET id = id + 10;
