ALTER TABLE warehouses RENAME COLUMN code TO warehouse_code;
ALTER TABLE stock RENAME COLUMN qty TO quantity_on_hand;
