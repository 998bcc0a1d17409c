CREATE TABLE account_history (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, event TEXT NOT NULL);

CREATE TRIGGER ledger_apply AFTER INSERT ON ledger
BEGIN
    UPDATE accounts SET balance_cents = balance_cents + NEW.delta_cents WHERE id = NEW.account_id;
    UPDATE accounts
       SET tier = CASE
                    WHEN balance_cents >= 100000 THEN 'gold'
                    WHEN balance_cents >= 20000 THEN 'silver'
                    ELSE 'bronze'
                  END
     WHERE id = NEW.account_id;
    INSERT INTO account_history (account_id, event)
    VALUES (NEW.account_id, CASE WHEN NEW.delta_cents < 0 THEN 'debit; ' ELSE 'credit; ' END || coalesce(NEW.memo, '(no memo)'));
END;

CREATE TRIGGER ledger_reverse AFTER DELETE ON ledger
BEGIN
    UPDATE accounts SET balance_cents = balance_cents - OLD.delta_cents WHERE id = OLD.account_id;
    INSERT INTO account_history (account_id, event) VALUES (OLD.account_id, 'reversed ' || OLD.id);
END;

CREATE TRIGGER accounts_tier_change AFTER UPDATE OF tier ON accounts
WHEN OLD.tier <> NEW.tier
BEGIN
    INSERT INTO account_history (account_id, event) VALUES (NEW.id, 'tier ' || OLD.tier || ' -> ' || NEW.tier);
END;
