DELETE FROM quote_lines WHERE quote_id IN (SELECT id FROM quotes WHERE status = 'draft' AND id < 20);
DELETE FROM quotes WHERE status = 'draft' AND id < 20;
