CREATE VIEW region_totals AS SELECT region, SUM(amount) AS total, COUNT(*) AS n FROM sales_2024 GROUP BY region;
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW big_sales AS SELECT id, region, amount FROM sales WHERE amount > 400 WITH CHECK OPTION;
