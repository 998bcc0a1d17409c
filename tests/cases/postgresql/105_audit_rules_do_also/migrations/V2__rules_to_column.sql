-- the delete audit rule goes; updates keep being audited, now also on status changes only
DROP RULE orders_audit_delete ON orders;
UPDATE orders SET status = 'shipped' WHERE id BETWEEN 30 AND 40;
DELETE FROM orders WHERE id = 49;
CREATE OR REPLACE RULE orders_audit_update AS ON UPDATE TO orders
    WHERE OLD.status IS DISTINCT FROM NEW.status
    DO ALSO INSERT INTO order_audit (order_id, what) VALUES (OLD.id, OLD.status || ' -> ' || NEW.status);
UPDATE orders SET status = 'closed' WHERE status = 'shipped' AND id % 2 = 0;
