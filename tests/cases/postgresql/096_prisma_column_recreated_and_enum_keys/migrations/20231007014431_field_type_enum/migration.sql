/*
  Warnings:

  - The `type` column on the `Field` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - The `status` column on the `Document` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- CreateEnum
CREATE TYPE "FieldType" AS ENUM ('SIGNATURE', 'FREE_SIGNATURE', 'NAME', 'EMAIL', 'DATE', 'TEXT');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'PENDING', 'COMPLETED');

-- AlterTable
ALTER TABLE "Field" DROP COLUMN "type",
ADD COLUMN     "type" "FieldType" NOT NULL DEFAULT 'TEXT';

-- AlterTable
ALTER TABLE "Document" DROP COLUMN "status";
ALTER TABLE "Document" ADD COLUMN     "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT';

-- Custom migration statement: every document of an admin is completed
UPDATE "Document" SET "status" = 'COMPLETED'
WHERE "userId" IN (SELECT "id" FROM "User" WHERE 'ADMIN' = ANY ("roles"));
