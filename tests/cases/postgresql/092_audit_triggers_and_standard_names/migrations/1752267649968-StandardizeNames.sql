ALTER TABLE "assets_audit" RENAME TO "asset_audit";
ALTER TABLE "assets" RENAME TO "asset";
ALTER TABLE "users_audit" RENAME TO "user_audit";
ALTER TABLE "users" RENAME TO "user";

CREATE OR REPLACE FUNCTION user_delete_audit()
  RETURNS TRIGGER
  LANGUAGE PLPGSQL
  AS $$
    BEGIN
      INSERT INTO user_audit ("userId")
      SELECT "id"
      FROM OLD
      ORDER BY "id";
      RETURN NULL;
    END
  $$;
CREATE OR REPLACE FUNCTION asset_delete_audit()
  RETURNS TRIGGER
  LANGUAGE PLPGSQL
  AS $$
    BEGIN
      INSERT INTO asset_audit ("assetId", "ownerId")
      SELECT "id", "ownerId"
      FROM OLD
      ORDER BY "id";
      RETURN NULL;
    END
  $$;
DROP TRIGGER "users_delete_audit" ON "user";
DROP TRIGGER "assets_delete_audit" ON "asset";
DROP FUNCTION users_delete_audit();
DROP FUNCTION assets_delete_audit();

CREATE OR REPLACE TRIGGER "user_delete_audit"
  AFTER DELETE ON "user"
  REFERENCING OLD TABLE AS "old"
  FOR EACH STATEMENT
  WHEN (pg_trigger_depth() = 0)
  EXECUTE FUNCTION user_delete_audit();
CREATE OR REPLACE TRIGGER "asset_delete_audit"
  AFTER DELETE ON "asset"
  REFERENCING OLD TABLE AS "old"
  FOR EACH STATEMENT
  WHEN (pg_trigger_depth() = 0)
  EXECUTE FUNCTION asset_delete_audit();

ALTER TABLE "user" RENAME CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" TO "user_pkey";
ALTER TABLE "user" RENAME CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" TO "user_email_uq";
ALTER TABLE "user" RENAME CONSTRAINT "UQ_b309cf34fa58137c416b32cea3a" TO "user_storageLabel_uq";
ALTER TABLE "asset" RENAME CONSTRAINT "PK_da96729a8b113377cfb6a62439c" TO "asset_pkey";
ALTER TABLE "asset" RENAME CONSTRAINT "FK_2c5ac0d6fb58b238fd2068de67d" TO "asset_ownerId_fkey";
ALTER TABLE "asset" RENAME CONSTRAINT "CHK_2ab1e70f113f450eb40c1e3ec8" TO "asset_originalFileName_chk";
ALTER INDEX "IDX_assets_owner_created" RENAME TO "asset_ownerId_fileCreatedAt_idx";

INSERT INTO "migration_overrides" ("name", "value") VALUES ('function_asset_delete_audit', '{"type":"function","name":"asset_delete_audit","sql":"CREATE OR REPLACE FUNCTION asset_delete_audit()\n  RETURNS TRIGGER\n  LANGUAGE PLPGSQL\n  AS $$\n    BEGIN\n      INSERT INTO asset_audit (\"assetId\", \"ownerId\")\n      SELECT \"id\", \"ownerId\"\n      FROM OLD;\n      RETURN NULL;\n    END\n  $$;"}'::jsonb);
INSERT INTO "migration_overrides" ("name", "value") VALUES ('trigger_asset_delete_audit', '{"type":"trigger","name":"asset_delete_audit","sql":"CREATE OR REPLACE TRIGGER \"asset_delete_audit\"\n  AFTER DELETE ON \"asset\"\n  REFERENCING OLD TABLE AS \"old\"\n  FOR EACH STATEMENT\n  WHEN (pg_trigger_depth() = 0)\n  EXECUTE FUNCTION asset_delete_audit();"}'::jsonb);
DELETE FROM "migration_overrides" WHERE "name" = 'function_assets_delete_audit';
