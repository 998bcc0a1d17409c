BEGIN;
ALTER DOMAIN email_address ADD CONSTRAINT email_address_lowercase CHECK (VALUE = lower(VALUE)) NOT VALID;
ALTER DOMAIN email_address VALIDATE CONSTRAINT email_address_lowercase;
ALTER DOMAIN positive_money SET DEFAULT 1;
ALTER DOMAIN positive_money DROP CONSTRAINT positive_money_check;
ALTER DOMAIN positive_money ADD CONSTRAINT positive_money_cap CHECK (VALUE < 1000000);
COMMIT;
