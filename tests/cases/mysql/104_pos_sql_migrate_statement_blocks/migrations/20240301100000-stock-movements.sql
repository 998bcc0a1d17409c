-- +migrate Up
-- +migrate StatementBegin

CREATE TABLE stock_movements (
    id INT PRIMARY KEY AUTO_INCREMENT,
    product_id INT NOT NULL,
    delta INT NOT NULL,
    reason VARCHAR(30) NOT NULL,
    ref_id INT NULL
);

INSERT INTO stock_movements (product_id, delta, reason, ref_id)
SELECT ti.product_id, -ti.qty, 'sale', ti.transaction_id FROM transaction_items ti ORDER BY ti.id;

-- +migrate StatementEnd

-- +migrate StatementBegin
CREATE TRIGGER transaction_items_ai AFTER INSERT ON transaction_items FOR EACH ROW
BEGIN
    INSERT INTO stock_movements (product_id, delta, reason, ref_id) VALUES (NEW.product_id, -NEW.qty, 'sale', NEW.transaction_id);
    UPDATE products SET stock = stock - NEW.qty WHERE id = NEW.product_id;
END
-- +migrate StatementEnd

DELETE FROM transaction_items WHERE transaction_id NOT IN (SELECT id FROM transactions);
DELETE FROM stock_movements WHERE ref_id NOT IN (SELECT id FROM transactions);

-- +migrate Down
-- +migrate StatementBegin
DROP TRIGGER transaction_items_ai;
SELECT * FROM sql_migrate_down_sections_are_never_run;
-- +migrate StatementEnd
