MERGE INTO products p
USING price_feed f ON f.sku = p.sku
WHEN MATCHED AND f.discontinued THEN DELETE
WHEN MATCHED THEN UPDATE SET price = f.price
WHEN NOT MATCHED AND NOT f.discontinued THEN INSERT (sku, name, price) VALUES (f.sku, 'New ' || f.sku, f.price);
