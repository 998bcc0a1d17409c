-- Delete duplicated rows, then make the rule unique.
DELETE FROM attachments a USING attachments b
WHERE a.id < b.id
  AND a.account_id = b.account_id
  AND a.activity_id = b.activity_id
  AND a.url = b.url;

DROP INDEX attachments_account_activity_url_idx;
CREATE UNIQUE INDEX attachments_account_activity_url_unique_idx ON attachments (account_id, activity_id, md5(url));
ALTER TABLE attachments ALTER COLUMN size SET DATA TYPE bigint;

-- attachment bodies arrive compressed already: keep them out of line, uncompressed; plan with more detail
ALTER TABLE activities ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE attachments ALTER COLUMN url SET STATISTICS 500;
