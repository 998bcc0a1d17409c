-- Integer ids become strings (varchar(36)): every table is rebuilt as TMP_<name>,
-- copied with INSERT ... SELECT * (the TEXT affinity turns 7 into '7'), the old one
-- dropped and TMP_ renamed into place; foreign keys point at the new tables. The
-- runner turns foreign keys off around it (a DROP TABLE would cascade otherwise).
PRAGMA foreign_keys = OFF;
CREATE TABLE "TMP_playbook_entity" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(128) NOT NULL, "active" boolean NOT NULL, "steps" text, "settings" text, "createdAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')), "updatedAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')));
INSERT INTO "TMP_playbook_entity" (id, name, active, steps, settings, createdAt, updatedAt) SELECT id, name, active, steps, settings, createdAt, updatedAt FROM "playbook_entity";
DROP TABLE "playbook_entity";
ALTER TABLE "TMP_playbook_entity" RENAME TO "playbook_entity";

CREATE TABLE "TMP_label_entity" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(24) NOT NULL, "createdAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')), "updatedAt" datetime(3) NOT NULL DEFAULT (STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')));
INSERT INTO "TMP_label_entity" SELECT * FROM "label_entity";
DROP TABLE "label_entity";
ALTER TABLE "TMP_label_entity" RENAME TO "label_entity";
CREATE UNIQUE INDEX "idx_label_entity_name" ON "label_entity" ("name");

CREATE TABLE "TMP_playbooks_labels" ("playbookId" varchar(36) NOT NULL, "labelId" integer NOT NULL, CONSTRAINT "FK_playbooks_labels_playbook" FOREIGN KEY ("playbookId") REFERENCES "playbook_entity" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_playbooks_labels_label" FOREIGN KEY ("labelId") REFERENCES "label_entity" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("playbookId", "labelId"));
INSERT INTO "TMP_playbooks_labels" SELECT * FROM "playbooks_labels";
DROP TABLE "playbooks_labels";
ALTER TABLE "TMP_playbooks_labels" RENAME TO "playbooks_labels";
CREATE INDEX "idx_playbooks_labels_label_id" ON "playbooks_labels" ("labelId");
CREATE INDEX "idx_playbooks_labels_playbook_id" ON "playbooks_labels" ("playbookId");

CREATE TABLE "TMP_run_entity" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "playbookId" varchar(36),
    "finished" boolean NOT NULL,
    "mode" varchar NOT NULL,
    "startedAt" datetime NOT NULL,
    "stoppedAt" datetime,
    "data" text NOT NULL, "status" varchar,
    FOREIGN KEY("playbookId") REFERENCES "playbook_entity" ("id") ON DELETE CASCADE
);
INSERT INTO "TMP_run_entity" SELECT * FROM "run_entity";
DROP TABLE "run_entity";
ALTER TABLE "TMP_run_entity" RENAME TO "run_entity";
CREATE INDEX "idx_run_entity_stopped_at" ON "run_entity" ("stoppedAt");
PRAGMA foreign_keys = ON;
