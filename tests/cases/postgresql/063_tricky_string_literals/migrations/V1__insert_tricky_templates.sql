/* Templates whose text looks like SQL. /* nested comment; with ; inside */ still a comment */
INSERT INTO templates (id, name, body) VALUES
    (3, 'sql-looking', 'DROP TABLE templates; -- just text'),
    (4, 'quotes', 'It''s "quoted"; isn''t it?'),
    (5, 'comment-ish', '/* not a comment */ and -- not either'),
    (6, 'escapes', E'tab:\t newline:\n backslash:\\ quote:\' semicolon:;'),
    (7, 'unicode', U&'caf\00E9; na\00EFve'),
    (8, 'dollar', $$It's $-quoted; with 'quotes' and -- dashes$$),
    (9, 'tagged', $body$Contains $$ and ; and $other$ tags$body$),
    (10, 'multiline', 'line one;
line two -- same string');
-- a comment with a ; semicolon and a 'quote
UPDATE templates SET body = body || ' ;-)' WHERE name = 'welcome'; /* trailing ; comment */
