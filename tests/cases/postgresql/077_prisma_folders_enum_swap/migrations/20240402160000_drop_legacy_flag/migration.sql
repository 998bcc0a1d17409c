/*
  Warnings:

  - You are about to drop the column `legacyFlag` on the `Ticket` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Ticket" DROP COLUMN "legacyFlag",
ADD COLUMN     "closedAt" TIMESTAMP(3);

-- DropIndex
DROP INDEX "Ticket_priority_idx";

-- CreateIndex
CREATE INDEX "Ticket_agentId_priority_idx" ON "Ticket"("agentId", "priority");
