BEGIN TRANSACTION;

ALTER TABLE category_groups ADD COLUMN parent_id TEXT DEFAULT null;

-- tombstoned rows are purged for good (children first), and the closed account with them
DELETE FROM categories WHERE tombstone = 1 OR cat_group IN (SELECT id FROM category_groups WHERE tombstone = 1);
DELETE FROM category_groups WHERE tombstone = 1;
UPDATE transactions SET category = NULL WHERE category NOT IN (SELECT id FROM categories);
DELETE FROM accounts WHERE tombstone = 1 AND NOT EXISTS (SELECT 1 FROM transactions WHERE acct = accounts.id);

-- the fun group becomes a sub-group of bills
UPDATE category_groups SET parent_id = 'grp-bills' WHERE id = 'grp-fun';

INSERT INTO __migrations__ (id) VALUES (1751553198066);

COMMIT;
