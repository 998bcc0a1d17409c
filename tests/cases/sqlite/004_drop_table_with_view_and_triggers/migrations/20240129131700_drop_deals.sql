-- Deals move to the billing service; the audit trail stays here.
BEGIN;
DROP VIEW open_deals;
DROP TABLE deals;
COMMIT;
