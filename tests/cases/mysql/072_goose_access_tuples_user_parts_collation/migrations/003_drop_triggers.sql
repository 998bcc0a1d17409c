-- +goose Up
--  The application fills the user parts itself now.

DROP TRIGGER IF EXISTS access_tuple_user_parts;

DROP TRIGGER IF EXISTS access_changelog_user_parts;

-- +goose StatementBegin
CREATE PROCEDURE access_purge_store(IN p_store CHAR(26))
BEGIN
    -- changelog first; tuples of a soft-deleted store go with it
    DELETE FROM access_changelog WHERE store = p_store;
    DELETE FROM access_tuple WHERE store = p_store;
    UPDATE access_store SET updated_at = deleted_at WHERE id = p_store;
END
-- +goose StatementEnd

CALL access_purge_store('01HSTORE0000000000000000B2');

DROP PROCEDURE access_purge_store;

-- +goose Down
-- +goose StatementBegin
CREATE TRIGGER access_tuple_user_parts BEFORE INSERT ON access_tuple
    FOR EACH ROW SET NEW.user_relation = '';
THIS IS NOT SQL;
-- +goose StatementEnd
