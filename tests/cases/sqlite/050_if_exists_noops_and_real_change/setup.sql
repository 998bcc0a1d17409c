CREATE TABLE audit_log (id INTEGER PRIMARY KEY, actor TEXT NOT NULL, action TEXT NOT NULL);
INSERT INTO audit_log VALUES (1, 'alice', 'login'), (2, 'bob', 'export');
