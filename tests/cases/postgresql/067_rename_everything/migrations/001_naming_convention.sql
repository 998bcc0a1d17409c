ALTER TABLE contacts RENAME CONSTRAINT contacts_organization_id_fkey TO fk_contacts_organization;
ALTER INDEX contacts_organization_id_idx RENAME TO ix_contacts_organization;
ALTER SEQUENCE invoice_seq RENAME TO seq_invoice_number;
ALTER VIEW v_customers RENAME TO customer_contacts;
ALTER MATERIALIZED VIEW mv_status RENAME TO contact_status_counts;
ALTER FUNCTION fn_touch() RENAME TO touch_row;
ALTER TRIGGER tr_touch ON contacts RENAME TO contacts_touch;
ALTER TYPE t_mood RENAME TO mood;
ALTER DOMAIN d_score RENAME TO score;
