/*
  Warnings:

  - The values [urgent] on the enum `TicketPriority` will be removed. If these variants are still used in the database, this will fail.

*/
-- Move the rows off the value that goes away
UPDATE "Ticket" SET "priority" = 'normal' WHERE "priority" = 'urgent' AND "agentId" IS NULL;

-- AlterEnum
BEGIN;
CREATE TYPE "TicketPriority_new" AS ENUM ('low', 'normal', 'high', 'critical');
ALTER TABLE "Ticket" ALTER COLUMN "priority" DROP DEFAULT;
ALTER TABLE "Ticket" ALTER COLUMN "priority" TYPE "TicketPriority_new"
    USING (CASE "priority"::text WHEN 'urgent' THEN 'critical' ELSE "priority"::text END::"TicketPriority_new");
ALTER TYPE "TicketPriority" RENAME TO "TicketPriority_old";
ALTER TYPE "TicketPriority_new" RENAME TO "TicketPriority";
DROP TYPE "TicketPriority_old";
ALTER TABLE "Ticket" ALTER COLUMN "priority" SET DEFAULT 'normal';
COMMIT;
