
-- +goose Up
-- SQL in section 'Up' is executed when this migration is applied
CREATE TABLE "roles" (
    "id"          INTEGER PRIMARY KEY AUTOINCREMENT,
    "slug"        VARCHAR(255) NOT NULL UNIQUE,
    "name"        VARCHAR(255) NOT NULL UNIQUE,
    "description" VARCHAR(255)
);

ALTER TABLE "users" ADD COLUMN "role_id" INTEGER;

CREATE TABLE "permissions" (
    "id"          INTEGER PRIMARY KEY AUTOINCREMENT,
    "slug"        VARCHAR(255) NOT NULL UNIQUE,
    "name"        VARCHAR(255) NOT NULL UNIQUE,
    "description" VARCHAR(255)
);

CREATE TABLE "role_permissions" (
    "role_id"       INTEGER NOT NULL,
    "permission_id" INTEGER NOT NULL
);

-- double-quoted strings: no such columns, so SQLite reads them as text
INSERT INTO "roles" ("slug", "name", "description")
VALUES
    ("admin", "Admin", "System administrator with full permissions"),
    ("user", "User", "User role with edit access to objects and campaigns");

INSERT INTO "permissions" ("slug", "name", "description")
VALUES
    ("view_objects", "View Objects", "View objects in the campaign tool"),
    ("modify_objects", "Modify Objects", "Create and edit objects"),
    ("modify_system", "Modify System", "Manage system-wide configuration");

-- the user named "admin", or the first user when there is none
UPDATE "users" SET "role_id"=(
    SELECT "id" FROM "roles" WHERE "slug"="admin")
WHERE "id"=(
    SELECT "id" FROM "users" WHERE "username"="admin" OR "id"=(SELECT MIN("id") FROM "users") ORDER BY "id" LIMIT 1);

UPDATE "users" SET "role_id"=(
    SELECT "id" FROM "roles" WHERE "slug"="user")
WHERE role_id IS NULL;

INSERT INTO "role_permissions" ("role_id", "permission_id")
SELECT r.id, p.id FROM roles AS r, "permissions" AS p
WHERE r.id IN (SELECT "id" FROM roles WHERE "slug"="admin" OR "slug"="user")
AND p.id=(SELECT "id" FROM "permissions" WHERE "slug"="view_objects")
ORDER BY r.id;

INSERT INTO "role_permissions" ("role_id", "permission_id")
SELECT r.id, p.id FROM roles AS r, "permissions" AS p
WHERE r.id IN (SELECT "id" FROM roles WHERE "slug"="admin")
AND p.id=(SELECT "id" FROM "permissions" WHERE "slug"="modify_system");

-- +goose Down
-- SQL section 'Down' is executed when this migration is rolled back
DROP TABLE "roles"
DROP TABLE "user_roles"
DROP TABLE "permissions"
