/*
  Warnings:

  - Added the required column `position` with a default to the `Card` table.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "boardId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "color" TEXT,
    "position" REAL NOT NULL DEFAULT 0,
    CONSTRAINT "Card_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("boardId", "color", "id", "text", "position") SELECT "boardId", "color", "id", "text", "id" * 1.0 FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_boardId_position_idx" ON "Card"("boardId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
