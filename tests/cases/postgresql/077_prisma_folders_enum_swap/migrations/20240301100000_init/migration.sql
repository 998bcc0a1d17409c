-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('low', 'normal', 'urgent');

-- CreateTable
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "priority" "TicketPriority" NOT NULL DEFAULT 'normal',
    "agentId" TEXT,
    "legacyFlag" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agent_email_key" ON "Agent"("email");
CREATE INDEX "Ticket_priority_idx" ON "Ticket"("priority");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Seed
INSERT INTO "Agent" ("id", "email", "isLead") SELECT 'ag' || g, 'agent' || g || '@help.example', g = 1 FROM generate_series(1, 4) g;
INSERT INTO "Ticket" ("subject", "priority", "agentId", "legacyFlag", "openedAt")
SELECT 'ticket ' || g, (ARRAY['low', 'normal', 'urgent'])[1 + g % 3]::"TicketPriority",
       CASE WHEN g % 4 = 0 THEN NULL ELSE 'ag' || (1 + g % 4) END, g % 7 = 0, '2024-03-01 08:00'::timestamp + g * interval '1 hour'
FROM generate_series(1, 60) g;
