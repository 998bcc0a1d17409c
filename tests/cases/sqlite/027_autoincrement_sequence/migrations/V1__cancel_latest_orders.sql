DELETE FROM orders WHERE id > 25;
