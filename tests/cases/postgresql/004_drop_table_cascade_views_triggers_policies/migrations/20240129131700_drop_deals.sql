-- Deals moved to the billing service. CASCADE takes every dependant with it.
BEGIN;
DROP TABLE deals CASCADE;
COMMIT;
