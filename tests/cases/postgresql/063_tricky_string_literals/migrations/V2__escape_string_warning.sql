UPDATE templates SET body = replace(body, 'DROP', 'drop') WHERE id IN (2, 3);
UPDATE templates SET name = name || '-v2' WHERE body LIKE '%;%'
