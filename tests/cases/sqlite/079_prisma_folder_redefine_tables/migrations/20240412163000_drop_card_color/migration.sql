/*
  Warnings:

  - You are about to drop the column `color` on the `Card` table. All the data in the column will be lost.
  - You are about to drop the column `archived` on the `Board` table. All the data in the column will be lost.

*/
-- DeleteArchived
DELETE FROM "Card" WHERE "boardId" IN (SELECT "id" FROM "Board" WHERE "archived");
DELETE FROM "Board" WHERE "archived";

-- RedefineTables
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Board" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL);
INSERT INTO "new_Board" ("id", "title") SELECT "id", "title" FROM "Board";
DROP TABLE "Board";
ALTER TABLE "new_Board" RENAME TO "Board";
CREATE TABLE "new_Card" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "boardId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" REAL NOT NULL DEFAULT 0,
    CONSTRAINT "Card_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("boardId", "id", "position", "text") SELECT "boardId", "id", "position", "text" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_boardId_position_idx" ON "Card"("boardId", "position");
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
