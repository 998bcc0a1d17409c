-- A small CRM kept by hand with DB Browser for SQLite: its "Edit table" dialog wrote the migrations.
CREATE TABLE "customers" (
	"id"	INTEGER UNIQUE,
	"login"	TEXT NOT NULL,
	"phone"	INT,
	"bind_token"	TEXT,
	PRIMARY KEY("id" AUTOINCREMENT)
);
CREATE TABLE "call_log" (
	"id"	INTEGER PRIMARY KEY DESC,
	"customer_id"	INTEGER,
	"note"	TEXT,
	"minutes"	REAL
);
CREATE INDEX "call_log_customer" ON "call_log" ("customer_id");

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO "customers" ("login", "phone", "bind_token")
SELECT 'customer' || i, CASE WHEN i % 5 = 0 THEN NULL ELSE 4930100000 + i END, CASE WHEN i % 3 = 0 THEN 'bt-' || i END FROM n ORDER BY i;
DELETE FROM "customers" WHERE "id" IN (23, 24);

-- the ids of a DESC primary key are not rowids: given explicitly, sparse
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO "call_log" ("id", "customer_id", "note", "minutes") SELECT i * 10, 1 + i % 22, 'call ' || i, (i % 7) * 2.5 FROM n;
