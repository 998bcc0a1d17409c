DELETE FROM stock_moves WHERE qty = 999;
ALTER TABLE stock_moves ADD PRIMARY KEY (warehouse, sku, day, qty);
