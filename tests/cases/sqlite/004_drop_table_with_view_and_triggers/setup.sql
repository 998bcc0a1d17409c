CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    stage TEXT NOT NULL
);
CREATE TABLE deal_audit (id INTEGER PRIMARY KEY, deal_id INTEGER, action TEXT, detail TEXT);
CREATE TRIGGER deals_audit_insert AFTER INSERT ON deals
BEGIN
    INSERT INTO deal_audit (deal_id, action, detail) VALUES (NEW.id, 'insert', NEW.title);
END;
CREATE TRIGGER deals_audit_stage AFTER UPDATE OF stage ON deals
BEGIN
    INSERT INTO deal_audit (deal_id, action, detail) VALUES (NEW.id, 'stage', OLD.stage || ' -> ' || NEW.stage);
END;
CREATE VIEW open_deals AS SELECT id, title, amount_cents FROM deals WHERE stage NOT IN ('won', 'lost');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO deals SELECT i, 'Deal #' || i, i * 1250, CASE i % 4 WHEN 0 THEN 'won' WHEN 1 THEN 'lost' ELSE 'open' END FROM n;
UPDATE deals SET stage = 'negotiation' WHERE id IN (2, 6, 10);
