-- 270_venue_customers_down.sql: reverse of 270 (kept for humans; never run by the tool)
ALTER TABLE bookings DROP COLUMN customer_id;
DROP TABLE venue_customers;
SELECT * FROM down_companions_are_never_run;
