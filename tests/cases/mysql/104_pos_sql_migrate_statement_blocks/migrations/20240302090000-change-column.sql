-- +migrate Up
-- `change` is a reserved word; it becomes change_due, and a sale goes through the trigger.
ALTER TABLE transactions CHANGE `change` change_due INT NOT NULL DEFAULT 0, ADD COLUMN note VARCHAR(100) NULL;
UPDATE transactions SET note = 'no change' WHERE change_due = 0;
INSERT INTO transactions (date, user_id, total, paid, change_due, note) VALUES ('2024-03-20', 3, 16000, 20000, 4000, 'first after upgrade');
INSERT INTO transaction_items (transaction_id, product_id, qty, price) VALUES (LAST_INSERT_ID(), 7, 2, 6750), (LAST_INSERT_ID(), 9, 1, 7250);
-- +migrate StatementBegin
UPDATE products SET stock = 0 WHERE stock < 0;
DELETE FROM users WHERE username = 'budi' AND NOT EXISTS (SELECT 1 FROM transactions WHERE user_id = 3 AND date > '2024-03-01')
-- +migrate StatementEnd

-- +migrate Down
ALTER TABLE transactions CHANGE change_due `change` INT NOT NULL;
THIS IS NOT SQL;
