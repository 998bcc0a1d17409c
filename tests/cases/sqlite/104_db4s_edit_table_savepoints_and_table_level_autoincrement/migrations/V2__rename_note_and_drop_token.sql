PRAGMA foreign_keys = '0';
SAVEPOINT "db4s_renamecolumn_1714000000000000002";
CREATE TABLE "sqlb_temp_table_2" (
	"id"	INTEGER PRIMARY KEY DESC,
	"customer_id"	INTEGER,
	"summary"	TEXT,
	"minutes"	REAL,
	FOREIGN KEY("customer_id") REFERENCES "customers"("id") ON DELETE SET NULL
);
INSERT INTO "main"."sqlb_temp_table_2" ("customer_id","id","minutes","summary") SELECT "customer_id","id","minutes","note" FROM "main"."call_log";
DROP TABLE "main"."call_log";
ALTER TABLE "main"."sqlb_temp_table_2" RENAME TO "call_log";
CREATE INDEX "call_log_customer" ON "call_log" ("customer_id");
RELEASE "db4s_renamecolumn_1714000000000000002";
SAVEPOINT "db4s_edittable_1714000000000000003";
ALTER TABLE "main"."customers" DROP COLUMN "bind_token";
RELEASE "db4s_edittable_1714000000000000003";
PRAGMA foreign_keys = '1';
DELETE FROM "call_log" WHERE "minutes" = 0;
UPDATE "call_log" SET "customer_id" = NULL WHERE "customer_id" NOT IN (SELECT "id" FROM "customers");
