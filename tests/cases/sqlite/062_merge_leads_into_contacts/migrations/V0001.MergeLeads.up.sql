INSERT INTO contacts (id, email, name, kind)
SELECT 1000 + l.id, l.email, l.name, 'lead' FROM leads l
 WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.email = l.email);
DROP TABLE leads;
