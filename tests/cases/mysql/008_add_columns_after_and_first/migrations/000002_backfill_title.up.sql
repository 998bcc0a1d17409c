UPDATE products SET title = CONCAT('Product ', id), stock = id % 7;
