UPDATE leads SET stage = 'qualified' WHERE stage = 'prospect';
DELETE FROM leads WHERE id % 9 = 0;
INSERT INTO leads (id, source, email, stage) VALUES (500, 'ads', 'new@example.org', 'new');
