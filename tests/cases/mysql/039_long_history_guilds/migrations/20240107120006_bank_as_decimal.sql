ALTER TABLE guilds MODIFY bank_money DECIMAL(20,2) NOT NULL DEFAULT 0;
UPDATE guilds SET bank_money = bank_money / 3;
