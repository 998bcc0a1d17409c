CREATE TABLE template_audit (id INTEGER PRIMARY KEY, template_id INTEGER NOT NULL, note TEXT NOT NULL);
CREATE TRIGGER templates_audit AFTER UPDATE ON templates
BEGIN
    INSERT INTO template_audit (template_id, note)
    VALUES (NEW.id, CASE WHEN NEW.body LIKE '%;%' THEN 'has ; -- and END;' ELSE 'plain' END);
    INSERT INTO template_audit (template_id, note) VALUES (NEW.id, 'END; BEGIN /* x */');
END;
UPDATE templates SET body = replace(body, 'DROP', 'drop') WHERE id IN (2, 3)
