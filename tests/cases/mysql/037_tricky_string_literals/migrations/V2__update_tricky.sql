# a hash comment
UPDATE snippets SET body = CONCAT(body, ' ;-- done') WHERE id IN (2, 8); -- trailing comment
