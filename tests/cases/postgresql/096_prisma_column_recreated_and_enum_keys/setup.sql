-- A document-signing app (documenso-like, Prisma): users, documents, recipients, fields, share
-- links and per-channel notification preferences keyed by an enum.
CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS', 'PUSH', 'WEBHOOK');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[],
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Document" ADD CONSTRAINT "Document_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Recipient" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "name" VARCHAR(255) NOT NULL DEFAULT '',
    CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Recipient_documentId_email_key" ON "Recipient"("documentId", "email");
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Field" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "recipientId" INTEGER,
    "type" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "positionX" INTEGER NOT NULL DEFAULT 0,
    "positionY" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Field" ADD CONSTRAINT "Field_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Field" ADD CONSTRAINT "Field_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Share" (
    "id" SERIAL NOT NULL,
    "link" TEXT NOT NULL,
    "userId" INTEGER,
    CONSTRAINT "Share_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Share_link_key" ON "Share"("link");
ALTER TABLE "Share" ADD CONSTRAINT "Share_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "NotificationPreference" (
    "userId" INTEGER NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "digest" TEXT,
    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "channel")
);
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "User" ("email", "name", "roles")
SELECT 'user' || g || '@example.com', CASE WHEN g % 5 = 0 THEN NULL ELSE 'User ' || g END,
       CASE WHEN g % 10 = 1 THEN ARRAY['ADMIN', 'USER']::"Role"[] ELSE ARRAY['USER']::"Role"[] END
FROM generate_series(1, 30) g;

INSERT INTO "Document" ("userId", "title", "status")
SELECT 1 + g % 30, 'Contract ' || g, (ARRAY['DRAFT', 'PENDING', 'COMPLETED'])[1 + g % 3]
FROM generate_series(1, 60) g;

INSERT INTO "Recipient" ("documentId", "email", "name")
SELECT 1 + (g - 1) / 2, 'signer' || g || '@example.org', 'Signer ' || g FROM generate_series(1, 120) g;

INSERT INTO "Field" ("documentId", "recipientId", "type", "page", "positionX", "positionY")
SELECT 1 + (g - 1) / 3, 1 + (g - 1) / 3 * 2, (ARRAY['SIGNATURE', 'FREE_SIGNATURE', 'NAME', 'EMAIL', 'DATE', 'text'])[1 + g % 6],
       1 + g % 4, (g * 37) % 500, (g * 53) % 700
FROM generate_series(1, 180) g;

INSERT INTO "Share" ("link", "userId")
SELECT 'share-' || lpad(g::text, 4, '0'), CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + g % 30 END FROM generate_series(1, 40) g;

INSERT INTO "NotificationPreference" ("userId", "channel", "enabled", "digest")
SELECT u, c, (u + ord) % 3 <> 0, CASE WHEN c = 'EMAIL' THEN 'daily' END
FROM generate_series(1, 30) u
CROSS JOIN unnest(enum_range(NULL::"NotificationChannel")) WITH ORDINALITY AS ch(c, ord)
WHERE (u + ord) % 4 <> 0;
