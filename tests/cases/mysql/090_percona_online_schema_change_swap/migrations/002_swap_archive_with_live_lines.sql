-- A three-way RENAME swapping two live tables' names through a temporary name in one statement,
-- then the archive gets this year's cancelled orders and the swapped tables are tidied.
CREATE TABLE order_lines_v2 (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id INT UNSIGNED NOT NULL,
  sku VARCHAR(20) NOT NULL,
  qty SMALLINT NOT NULL,
  line_no SMALLINT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY order_lines_order_line (order_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO order_lines_v2 (id, order_id, sku, qty, line_no)
SELECT id, order_id, sku, qty, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY id) FROM order_lines ORDER BY id;

RENAME TABLE order_lines TO order_lines_swap, order_lines_v2 TO order_lines, order_lines_swap TO order_lines_v1;

INSERT INTO orders_archive (id, customer_id, status, total_cents, placed_at)
SELECT id, customer_id, status, total_cents, placed_at FROM orders WHERE status = 'cancelled' ORDER BY id;
DELETE l FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'cancelled';
DELETE FROM orders WHERE status = 'cancelled';
DROP TABLE order_lines_v1;
