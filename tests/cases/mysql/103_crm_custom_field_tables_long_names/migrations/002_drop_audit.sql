-- The audit trail is dropped after its export; soft-deleted security records are purged.
DROP TABLE aos_products_quotes_line_item_groups_relationship_audit_trail;
DELETE FROM securitygroups_records WHERE deleted = 1;
ALTER TABLE securitygroups_records CHANGE `group` group_name VARCHAR(36) NULL, ADD INDEX idx_securitygroups_records_mod (module, deleted, record_id, securitygroup_id);
