CREATE TABLE "Customer Accounts" (
    "Account ID" INTEGER PRIMARY KEY,
    "Display Name" TEXT NOT NULL,
    "EMail" TEXT,
    "isActive" INTEGER NOT NULL DEFAULT 1
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO "Customer Accounts" ("Account ID", "Display Name", "EMail", "isActive")
SELECT i, 'Account "' || i || '"', 'acct' || i || '@Example.COM', i % 6 <> 0 FROM n;
