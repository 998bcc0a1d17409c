-- customers without an email go; their orders keep no customer (ON DELETE SET NULL)
DELETE FROM customers WHERE email IS NULL AND idcustomers > 0;
UPDATE orders SET status = 'orphaned' WHERE customer_id IS NULL AND idorders > 0;
