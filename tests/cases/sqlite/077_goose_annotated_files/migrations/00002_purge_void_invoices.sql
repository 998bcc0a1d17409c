-- +goose NO TRANSACTION
-- +goose Up
UPDATE invoices SET status = 'overdue' WHERE status = 'open' AND id % 3 = 0;
DELETE FROM invoices WHERE status = 'void';

-- +goose Down
THIS IS NOT SQL;
