-- the watch fires for these too
ALTER TABLE todos DROP COLUMN done;
ALTER EVENT TRIGGER pgrst_drop_watch DISABLE;
UPDATE todos SET due_on = date '2024-03-01' + id WHERE id % 4 = 0;
COMMENT ON EVENT TRIGGER pgrst_watch IS 'reloads the API schema cache';
