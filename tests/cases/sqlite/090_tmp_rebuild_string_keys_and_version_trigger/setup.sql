-- An automation add-on of the CRM (n8n-style TypeORM history on SQLite): integer ids,
-- camelCase quoted columns, datetime(3) defaults built with STRFTIME('%Y-%m-%d %H:%M:%f').
CREATE TABLE "user" ("id" varchar PRIMARY KEY, "email" varchar(255), "firstName" varchar(32), "disabled" boolean NOT NULL DEFAULT (0));
CREATE UNIQUE INDEX "UQ_user_email" ON "user" ("email");
CREATE TABLE "playbook_entity" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" varchar(128) NOT NULL,
    "active" boolean NOT NULL,
    "steps" text,
    "settings" text,
    "createdAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')),
    "updatedAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW'))
);
CREATE TABLE "label_entity" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" varchar(24) NOT NULL,
    "createdAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')),
    "updatedAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW'))
);
CREATE UNIQUE INDEX "idx_label_entity_name" ON "label_entity" ("name");
CREATE TABLE "playbooks_labels" (
    "playbookId" integer NOT NULL,
    "labelId" integer NOT NULL,
    CONSTRAINT "FK_playbooks_labels_playbook" FOREIGN KEY ("playbookId") REFERENCES "playbook_entity" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_playbooks_labels_label" FOREIGN KEY ("labelId") REFERENCES "label_entity" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    PRIMARY KEY ("playbookId", "labelId")
);
CREATE INDEX "idx_playbooks_labels_label_id" ON "playbooks_labels" ("labelId");
CREATE TABLE "run_entity" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "playbookId" varchar,
    "finished" boolean NOT NULL,
    "mode" varchar NOT NULL,
    "startedAt" datetime NOT NULL,
    "stoppedAt" datetime,
    "data" text NOT NULL,
    "status" varchar
);
CREATE INDEX "idx_run_entity_stopped_at" ON "run_entity" ("stoppedAt");

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO "user" SELECT printf('u-%03d', i), 'Rep' || i || '@Sales.Example', 'Rep ' || i, i % 5 = 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO "playbook_entity" ("name", "active", "steps", "settings", "createdAt", "updatedAt")
SELECT 'Playbook ' || i, i % 3 != 0, json_array('call', 'email', i), CASE WHEN i % 4 = 0 THEN NULL ELSE json_object('retries', i % 5) END,
       '2026-03-01 10:00:00.000', '2026-03-0' || (1 + i % 9) || ' 12:00:00.000' FROM n;
INSERT INTO "label_entity" ("name", "createdAt", "updatedAt") VALUES
  ('inbound', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000'),
  ('outbound', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000'),
  ('renewal', '2026-01-02 00:00:00.000', '2026-01-02 00:00:00.000'),
  ('churn-risk', '2026-01-03 00:00:00.000', '2026-01-03 00:00:00.000');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT OR IGNORE INTO "playbooks_labels" SELECT 1 + i % 60, 1 + i % 4 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO "run_entity" ("playbookId", "finished", "mode", "startedAt", "stoppedAt", "data", "status")
SELECT CAST(1 + i % 60 AS TEXT), i % 7 != 0, CASE WHEN i % 2 = 0 THEN 'trigger' ELSE 'manual' END,
       '2026-04-01 09:' || printf('%02d', i % 60) || ':00', CASE WHEN i % 7 != 0 THEN '2026-04-01 10:00:00' END,
       '[{"step":' || i || '}]', CASE WHEN i % 7 = 0 THEN 'running' WHEN i % 11 = 0 THEN 'error' END FROM n;
