UPDATE opportunities SET probability = 100 WHERE probability > 100;
UPDATE opportunities SET probability = 0 WHERE probability < 0 OR probability IS NULL;
UPDATE opportunities SET amount_cents = 0 WHERE amount_cents < 0;
