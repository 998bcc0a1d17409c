/* Templates with punctuation that naive splitters get wrong; do not split on ';' here */
INSERT INTO templates (id, name, body) VALUES
    (3, 'sql-looking', 'DROP TABLE templates; -- just text'),
    (4, 'quotes', 'It''s "quoted" and `ticked`'),
    (5, 'comment-ish', '/* not a comment */ and -- not either'),
    (6, 'keywords', 'BEGIN; CASE WHEN x THEN y END; END;'),
    (7, 'newline', 'line one;
line two -- still the same string');
-- a line comment with a ; semicolon
UPDATE templates SET body = body || ' ;-)' WHERE name = 'welcome'; /* trailing ; comment */
