/* header comment; with a semicolon
   and DELIMITER $$ mentioned inside */
INSERT INTO snippets VALUES (2, 'semi;colon'), (3, 'dash -- dash'), (4, 'block /* not a comment */');
INSERT INTO snippets VALUES (5, 'it''s'), (6, 'back\\slash and \'escaped\''), (7, "double \"quoted\" ; string");
INSERT INTO snippets VALUES (8, '# not a comment'), (9, 'DELIMITER $$'), (10, 'BEGIN END; CASE END IF')
-- the last statement has no semicolon
