-- A partner portal of the CRM whose schema an ORM wrote with quoted CamelCase names
-- ("Account", "Invoice"), later migrated by hand-written SQL that spells them in lower case
-- or qualifies them with the schema name main.
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "Plan" TEXT,
    "legacyNote" TEXT,
    "createdAt" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" INTEGER NOT NULL,
    "Total" INTEGER,
    "status" TEXT DEFAULT 'open',
    CONSTRAINT "Invoice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE `agents` (
    `id` text PRIMARY KEY NOT NULL,
    `name` text(64) NOT NULL,
    `api_key` text(64) NOT NULL,
    `status` text(16) DEFAULT 'offline' NOT NULL,
    `last_seen_at` integer,
    `created_at` integer NOT NULL
);
CREATE UNIQUE INDEX `agents_api_key_unique` ON `agents` (`api_key`);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160)
INSERT INTO "Account" ("email", "Plan", "legacyNote", "createdAt")
SELECT 'buyer' || i || '@partner.example', CASE WHEN i % 2 THEN 'free' ELSE 'pro' END, 'note ' || i, 1700000000 + i * 60 FROM n;
INSERT INTO "Invoice" ("id", "accountId", "Total", "status")
SELECT 'inv_' || "id", "id", "id" * 10, CASE WHEN "id" % 9 = 0 THEN 'void' ELSE 'open' END FROM "Account";
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO `agents` SELECT 'ag' || i, 'agent-' || i, hex(randomblob(0)) || 'key' || i, CASE WHEN i % 3 THEN 'online' ELSE 'offline' END, CASE WHEN i % 4 THEN 1700000500 + i END, 1700000000 + i FROM n;
