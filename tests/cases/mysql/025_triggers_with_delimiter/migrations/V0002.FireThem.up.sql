UPDATE accounts SET balance = balance - 75 WHERE id <= 10;
UPDATE accounts SET balance = balance + 5 WHERE id > 15;
