-- Admin > Repair > Quick Repair and Rebuild: the SQL it shows to execute, plus a data clean-up.
ALTER TABLE accounts_cstm DROP COLUMN región_c, MODIFY `order` INT NOT NULL DEFAULT 0;
ALTER TABLE aos_products_quotes_line_item_groups_relationship_audit_trail DROP COLUMN field_name_changed_by_the_workflow_engine_before_the_upgrade_x;
UPDATE accounts_cstm SET `key` = UPPER(`key`), `order` = `order` * 10 WHERE `key` IS NOT NULL;
DELETE accounts, accounts_cstm FROM accounts LEFT JOIN accounts_cstm ON accounts_cstm.id_c = accounts.id WHERE accounts.deleted = 1;
UPDATE securitygroups_records SET `group` = 'everyone', deleted = 0 WHERE `group` = 'admin';
