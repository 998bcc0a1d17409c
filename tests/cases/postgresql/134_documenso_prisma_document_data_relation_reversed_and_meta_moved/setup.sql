-- documenso's schema before its document-data move (Prisma, PostgreSQL): documents carry their
-- file inline; recipients and fields reference them ON UPDATE CASCADE; an optional meta row per document.
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'PENDING', 'COMPLETED');
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT',
    "document" TEXT NOT NULL,
    "documentMetaId" TEXT,
    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Recipient" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "token" TEXT NOT NULL,
    CONSTRAINT "Recipient_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Field" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "recipientId" INTEGER,
    "page" INTEGER NOT NULL,
    "customText" TEXT NOT NULL,
    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "DocumentMeta" (
    "id" TEXT NOT NULL,
    "customEmailSubject" TEXT,
    "customEmailBody" TEXT,
    CONSTRAINT "DocumentMeta_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Document_documentMetaId_key" ON "Document" ("documentMetaId");
ALTER TABLE "Document" ADD CONSTRAINT "Document_documentMetaId_fkey" FOREIGN KEY ("documentMetaId") REFERENCES "DocumentMeta" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Recipient" ADD CONSTRAINT "Recipient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Field" ADD CONSTRAINT "Field_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Field" ADD CONSTRAINT "Field_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "DocumentMeta" SELECT 'meta-' || g, 'Please sign #' || g, CASE WHEN g % 2 = 0 THEN 'Body ' || g END
FROM generate_series(1, 15) g;
INSERT INTO "Document" ("created", "userId", "title", "status", "document", "documentMetaId")
SELECT timestamp '2023-09-01' + g * interval '90 minutes', 1 + g % 7, 'Contract ' || g,
       (ARRAY['DRAFT', 'PENDING', 'COMPLETED'])[1 + g % 3]::"DocumentStatus", encode(sha256(g::text::bytea), 'base64'),
       CASE WHEN g <= 12 THEN 'meta-' || g END
FROM generate_series(1, 40) g;
INSERT INTO "Recipient" ("documentId", "email", "token") SELECT 1 + g % 40, 'signer' || g || '@example.org', md5('t' || g)
FROM generate_series(1, 80) g;
INSERT INTO "Field" ("documentId", "recipientId", "page", "customText")
SELECT 1 + g % 40, CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + g % 80 END, 1 + g % 3, 'text ' || g FROM generate_series(1, 120) g;
