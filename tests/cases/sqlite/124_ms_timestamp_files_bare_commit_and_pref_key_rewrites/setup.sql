-- A budgeting app's local database before five small schema steps.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT,
    type TEXT,
    offbudget INTEGER DEFAULT 0,
    closed INTEGER DEFAULT 0,
    sort_order REAL,
    tombstone INTEGER DEFAULT 0
);
CREATE TABLE category_groups (
    id TEXT PRIMARY KEY,
    name TEXT UNIQUE,
    is_income INTEGER DEFAULT 0,
    sort_order REAL,
    hidden BOOLEAN NOT NULL DEFAULT 0,
    tombstone INTEGER DEFAULT 0
);
CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    name TEXT,
    is_income INTEGER DEFAULT 0,
    cat_group TEXT,
    sort_order REAL,
    hidden BOOLEAN NOT NULL DEFAULT 0,
    tombstone INTEGER DEFAULT 0
);
CREATE TABLE transactions (
    id TEXT PRIMARY KEY,
    acct TEXT,
    category TEXT,
    amount INTEGER,
    date INTEGER,
    notes TEXT,
    tombstone INTEGER DEFAULT 0
);
CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    tag TEXT UNIQUE,
    color TEXT,
    description TEXT
);
CREATE TABLE preferences (id TEXT PRIMARY KEY, value TEXT);
CREATE TABLE dashboard (
    id TEXT PRIMARY KEY,
    type TEXT,
    width INTEGER,
    height INTEGER,
    x INTEGER,
    y INTEGER,
    meta TEXT,
    tombstone INTEGER DEFAULT 0
);
CREATE TABLE __migrations__ (id INTEGER PRIMARY KEY NOT NULL);

-- views and a trigger over the tables the steps change
CREATE VIEW v_transactions AS
SELECT t.id, t.date, t.amount, a.name AS account, c.name AS category, t.notes
FROM transactions t
LEFT JOIN accounts a ON a.id = t.acct
LEFT JOIN categories c ON c.id = t.category
WHERE t.tombstone = 0;
CREATE VIEW v_visible_categories AS
SELECT c.id, c.name, g.name AS group_name
FROM categories c JOIN category_groups g ON g.id = c.cat_group
WHERE c.hidden = 0 AND g.hidden = 0 AND c.tombstone = 0;
CREATE TRIGGER accounts_closed_hide AFTER UPDATE OF closed ON accounts WHEN new.closed = 1
BEGIN
    UPDATE accounts SET sort_order = NULL WHERE id = new.id;
END;

INSERT INTO __migrations__ VALUES (1548957970627), (1550601598648), (1608652596044), (1665169114123);

INSERT INTO accounts VALUES
    ('acc-checking', 'Checking', 'checking', 0, 0, 1000, 0),
    ('acc-savings', 'Savings', 'savings', 0, 0, 2000, 0),
    ('acc-card', 'Credit card', 'credit', 0, 0, 3000, 0),
    ('acc-broker', 'Brokerage', 'investment', 1, 0, 4000, 0),
    ('acc-old', 'Old bank', 'checking', 0, 1, NULL, 1);

INSERT INTO category_groups VALUES
    ('grp-income', 'Income', 1, 0, 1, 0),
    ('grp-bills', 'Bills', 0, 1000, 0, 0),
    ('grp-food', 'Food', 0, 2000, 0, 0),
    ('grp-fun', 'Fun', 0, 3000, 1, 0),
    ('grp-gone', 'Gone', 0, 4000, 0, 1);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO categories
SELECT printf('cat-%02d', i), 'Category ' || i, i <= 2,
       CASE WHEN i <= 2 THEN 'grp-income' WHEN i <= 8 THEN 'grp-bills' WHEN i <= 14 THEN 'grp-food' WHEN i <= 18 THEN 'grp-fun' ELSE 'grp-gone' END,
       i * 16384.0, i % 7 = 0, i = 20
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO transactions
SELECT printf('tx-%04d', i),
       CASE i % 4 WHEN 0 THEN 'acc-checking' WHEN 1 THEN 'acc-savings' WHEN 2 THEN 'acc-card' ELSE 'acc-broker' END,
       printf('cat-%02d', 1 + i % 20), (i * 1337) % 50000 - 25000,
       20240101 + (i % 28), CASE WHEN i % 5 = 0 THEN '#groceries #weekly' WHEN i % 11 = 0 THEN '#travel' END, i % 23 = 0
FROM n;

INSERT INTO tags VALUES ('tag-1', 'groceries', '#00aa00', NULL), ('tag-2', 'weekly', NULL, 'every week'), ('tag-3', 'travel', '#0000ff', NULL), ('tag-4', 'unused', NULL, 'never used');

INSERT INTO preferences VALUES
    ('budgetType', 'report'),
    ('csv-skip-lines-acc-checking', '2'),
    ('csv-skip-lines-acc-card', '1'),
    ('csv-delimiter-acc-card', ';'),
    ('ui.showBalances', 'true'),
    ('csv-skip-lines-', '0');

INSERT INTO dashboard VALUES
    ('w-1', 'net-worth-card', 8, 2, 0, 0, NULL, 0),
    ('w-2', 'cash-flow-card', 4, 2, 8, 0, '{"name":"Cash"}', 0),
    ('w-3', NULL, 4, 2, 0, 2, NULL, 0),
    ('w-4', 'spending-card', 4, 2, 4, 2, NULL, 1);
