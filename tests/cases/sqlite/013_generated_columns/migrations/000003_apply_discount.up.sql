UPDATE line_items SET discount_pct = 20 WHERE quantity >= 12;
