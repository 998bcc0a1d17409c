INSERT IGNORE INTO inventory VALUES ('SKU1', 999, '2024-04-02'), ('SKU100', 1, '2024-04-02');
REPLACE INTO inventory VALUES ('SKU2', 0, '2024-04-02'), ('SKU101', 5, '2024-04-02');
INSERT INTO inventory VALUES ('SKU3', 7, '2024-04-02'), ('SKU102', 7, '2024-04-02')
  ON DUPLICATE KEY UPDATE qty = inventory.qty + VALUES(qty), updated_on = VALUES(updated_on);
