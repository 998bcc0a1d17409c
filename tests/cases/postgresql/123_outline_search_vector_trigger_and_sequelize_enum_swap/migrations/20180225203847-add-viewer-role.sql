-- sequelize cannot ALTER TYPE inside its transaction: the column goes through varchar
ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "users" ALTER COLUMN "role" TYPE VARCHAR(255);
DROP TYPE "public"."enum_users_role";
CREATE TYPE "public"."enum_users_role" AS ENUM ('admin', 'member', 'viewer');
ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."enum_users_role" USING ("role"::"public"."enum_users_role");
ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'member';
UPDATE "users" SET "role" = 'viewer' WHERE "id" % 5 = 0 AND "role" = 'member';
INSERT INTO "SequelizeMeta" ("name") VALUES ('20180225203847-add-viewer-role.js');
