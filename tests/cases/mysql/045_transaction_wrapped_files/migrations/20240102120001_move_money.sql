START TRANSACTION;
UPDATE wallets SET cents = cents - 500 WHERE id % 2 = 0;
UPDATE wallets SET cents = cents + 500 WHERE id % 2 = 1;
DELETE FROM wallets WHERE id > 38;
COMMIT;
