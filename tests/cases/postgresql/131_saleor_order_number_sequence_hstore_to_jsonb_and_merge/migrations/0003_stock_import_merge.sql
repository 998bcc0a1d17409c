-- imported stock levels: MERGE updates, deletes emptied stock without allocations, inserts new rows
MERGE INTO warehouse_stock s
USING (SELECT warehouse_id, product_variant_id, quantity FROM warehouse_stock_import) i
   ON s.warehouse_id = i.warehouse_id AND s.product_variant_id = i.product_variant_id
WHEN MATCHED AND i.quantity = 0 AND s.quantity_allocated = 0 THEN DELETE
WHEN MATCHED AND i.quantity = 0 THEN UPDATE SET quantity = s.quantity_allocated
WHEN MATCHED THEN UPDATE SET quantity = i.quantity
WHEN NOT MATCHED AND i.quantity > 0 THEN INSERT (warehouse_id, product_variant_id, quantity) VALUES (i.warehouse_id, i.product_variant_id, i.quantity)
WHEN NOT MATCHED THEN DO NOTHING;
TRUNCATE warehouse_stock_import;
