-- An invoicing add-on of a CRM built with Laravel on SQLite (php artisan schema:dump style DDL).
CREATE TABLE IF NOT EXISTS "migrations"(
  "id" integer primary key autoincrement not null,
  "migration" varchar not null,
  "batch" integer not null
);
CREATE TABLE IF NOT EXISTS "users"(
  "id" integer primary key autoincrement not null,
  "name" varchar not null,
  "email" varchar not null,
  "email_verified_at" datetime,
  "password" varchar not null,
  "remember_token" varchar,
  "created_at" datetime,
  "updated_at" datetime
);
CREATE UNIQUE INDEX "users_email_unique" on "users"("email");
CREATE TABLE IF NOT EXISTS "cache"(
  "key" varchar not null,
  "value" text not null,
  "expiration" integer not null,
  primary key("key")
);
CREATE TABLE IF NOT EXISTS "invoices"(
  "id" integer primary key autoincrement not null,
  "user_id" integer not null,
  "number" varchar not null,
  "status" varchar check("status" in('draft', 'open', 'void', 'paid')) not null default 'draft',
  "total" numeric not null default '0',
  "is_recurring" tinyint(1) not null default '0',
  "due_at" date,
  "created_at" datetime,
  "updated_at" datetime,
  foreign key("user_id") references "users"("id") on delete cascade
);
CREATE UNIQUE INDEX "invoices_number_unique" on "invoices"("number");
CREATE INDEX "invoices_status_index" on "invoices"("status");

INSERT INTO migrations VALUES(1,'0001_01_01_000000_create_users_table',1);
INSERT INTO migrations VALUES(2,'0001_01_01_000001_create_cache_table',1);
INSERT INTO migrations VALUES(3,'2024_05_02_101500_create_invoices_table',2);

INSERT INTO "users" ("name", "email", "email_verified_at", "password", "created_at", "updated_at") VALUES
  ('Ana Ruiz', 'ana@example.com', '2024-05-02 10:00:00', '$2y$12$anahash', '2024-05-01 09:00:00', '2024-05-02 10:00:00'),
  ('Ben Ode', 'ben@example.com', NULL, '$2y$12$benhash', '2024-05-03 09:00:00', '2024-05-03 09:00:00'),
  ('Cleo Park', 'cleo@example.com', '2024-05-04 12:00:00', '$2y$12$cleohash', '2024-05-04 11:00:00', '2024-05-04 12:00:00');

INSERT INTO "cache" VALUES ('laravel_cache_settings', 's:12:"{\"tz\":\"UTC\"}";', 1999999999), ('laravel_cache_rates', 'a:0:{}', 1714000000);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO "invoices" ("user_id", "number", "status", "total", "is_recurring", "due_at", "created_at", "updated_at")
SELECT 1 + i % 3, printf('INV-2024-%04d', i), CASE i % 5 WHEN 0 THEN 'void' WHEN 1 THEN 'draft' WHEN 2 THEN 'open' ELSE 'paid' END,
       CASE WHEN i % 7 = 0 THEN '0' ELSE round(i * 37.25, 2) END, i % 6 = 0, printf('2024-06-%02d', 1 + i % 28),
       printf('2024-05-%02d 10:00:00', 1 + i % 28), printf('2024-05-%02d 10:00:00', 1 + i % 28)
FROM n ORDER BY i;
