PRAGMA foreign_keys = '0';
SAVEPOINT "db4s_edittable_1714000000000000001";
PRAGMA defer_foreign_keys;
PRAGMA defer_foreign_keys = '1';
CREATE TABLE "sqlb_temp_table_1" (
	"id"	INTEGER UNIQUE,
	"login"	TEXT NOT NULL,
	"phone"	TEXT,
	"bind_token"	TEXT,
	"bind_dest"	INTEGER DEFAULT 0,
	PRIMARY KEY("id" AUTOINCREMENT)
);
INSERT INTO "main"."sqlb_temp_table_1" ("bind_token","id","login","phone") SELECT "bind_token","id","login","phone" FROM "main"."customers";
DROP TABLE "main"."customers";
ALTER TABLE "main"."sqlb_temp_table_1" RENAME TO "customers";
PRAGMA defer_foreign_keys = '0';
RELEASE "db4s_edittable_1714000000000000001";
PRAGMA foreign_keys = '1';
UPDATE "customers" SET "phone" = '+' || "phone" WHERE "phone" IS NOT NULL;
INSERT INTO "customers" ("login", "phone") VALUES ('walk-in', '+49 30 555');
