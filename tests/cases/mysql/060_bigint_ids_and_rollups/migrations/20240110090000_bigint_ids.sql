-- int unsigned keys to bigint unsigned: the foreign keys are dropped around the column changes
-- (a referenced column cannot change type under them) and added again under the same names.
ALTER TABLE deal_notes DROP FOREIGN KEY deal_notes_deal_id_foreign;
ALTER TABLE deals DROP FOREIGN KEY deals_account_id_foreign;
ALTER TABLE accounts MODIFY id bigint unsigned NOT NULL AUTO_INCREMENT;
ALTER TABLE deals MODIFY id bigint unsigned NOT NULL AUTO_INCREMENT, MODIFY account_id bigint unsigned NOT NULL;
ALTER TABLE deal_notes MODIFY id bigint unsigned NOT NULL AUTO_INCREMENT, MODIFY deal_id bigint unsigned NOT NULL;
ALTER TABLE deals ADD CONSTRAINT deals_account_id_foreign FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE;
ALTER TABLE deal_notes ADD CONSTRAINT deal_notes_deal_id_foreign FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE;
