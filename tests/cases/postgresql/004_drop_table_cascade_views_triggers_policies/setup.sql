-- Roles are cluster-wide: create them idempotently.
DO $$ BEGIN CREATE ROLE app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE deals (
    id integer PRIMARY KEY,
    title text NOT NULL,
    amount numeric(12,2) NOT NULL,
    stage text NOT NULL,
    owner_name text NOT NULL DEFAULT current_user
);
CREATE TABLE deal_audit (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, deal_id integer, action text);
CREATE FUNCTION deals_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO deal_audit (deal_id, action) VALUES (NEW.id, TG_OP);
    RETURN NEW;
END;
$$;
CREATE TRIGGER deals_audit AFTER INSERT OR UPDATE ON deals FOR EACH ROW EXECUTE FUNCTION deals_audit_fn();
CREATE VIEW open_deals AS SELECT id, title, amount FROM deals WHERE stage NOT IN ('won', 'lost');
CREATE VIEW big_open_deals AS SELECT * FROM open_deals WHERE amount > 10000;
CREATE FUNCTION deals_in_stage(p_stage text) RETURNS SETOF deals LANGUAGE sql STABLE AS $$
    SELECT * FROM deals WHERE stage = p_stage;
$$;
ALTER TABLE deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY deals_read ON deals FOR SELECT TO app_user USING (stage <> 'lost');
INSERT INTO deals (id, title, amount, stage, owner_name)
SELECT i, 'Deal #' || i, i * 1250.50, (ARRAY['won', 'lost', 'open', 'negotiation'])[1 + i % 4], 'rep' || (i % 3)
FROM generate_series(1, 30) AS i;
