-- +goose Up
-- +goose StatementBegin
CREATE TABLE invoice_audit (
    invoice_id INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT,
    changed_at TEXT NOT NULL DEFAULT '2024-01-01T00:00:00Z'
);
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER invoices_status_audit AFTER UPDATE OF status ON invoices
WHEN OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO invoice_audit (invoice_id, old_status, new_status) VALUES (OLD.id, OLD.status, NEW.status);
END;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TRIGGER invoices_status_audit;
SELECT * FROM goose_down_sections_are_never_run;
-- +goose StatementEnd
