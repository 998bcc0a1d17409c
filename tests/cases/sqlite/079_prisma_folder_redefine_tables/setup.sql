CREATE TABLE "Board" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "archived" BOOLEAN NOT NULL DEFAULT false);
CREATE TABLE "Card" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "boardId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "color" TEXT,
    CONSTRAINT "Card_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Card_boardId_idx" ON "Card"("boardId");
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO "Board" ("title", "archived") SELECT 'Board ' || i, i % 4 = 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO "Card" ("boardId", "text", "color") SELECT 1 + (i % 12), 'Card ' || i, CASE i % 3 WHEN 0 THEN 'red' WHEN 1 THEN NULL ELSE 'blue' END FROM n;
