-- +goose Up
-- +goose StatementBegin
ALTER TABLE playqueue ADD COLUMN current_new integer;
UPDATE playqueue SET current_new = current;
ALTER TABLE playqueue DROP COLUMN current;
ALTER TABLE playqueue RENAME COLUMN current_new TO current;
-- +goose StatementEnd

-- +goose StatementBegin
ALTER TABLE playqueue ADD COLUMN position_int integer;
UPDATE playqueue SET position_int = CAST(position as INTEGER) ;
ALTER TABLE playqueue DROP COLUMN position;
ALTER TABLE playqueue RENAME COLUMN position_int TO position;
-- +goose StatementEnd

-- an empty queue has no current entry
UPDATE playqueue SET current = NULL, position = NULL WHERE coalesce(items, '') = '';

-- +goose Down
-- +goose StatementBegin
SELECT 'down SQL query';
SELECT * FROM goose_down_sections_are_never_run;
-- +goose StatementEnd
