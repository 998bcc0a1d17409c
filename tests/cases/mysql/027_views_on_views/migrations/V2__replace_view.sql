CREATE OR REPLACE VIEW sales_2024 AS SELECT id, region, amount, sold_on FROM sales WHERE sold_on >= '2024-01-01';
