
-- CreateEnum
CREATE TYPE "BookingQuestionType" AS ENUM ('text', 'textLong', 'number', 'bool');

--- AlterTable
ALTER TABLE "BookingQuestion" RENAME COLUMN "type" TO "type_old";
ALTER TABLE "BookingQuestion" ADD COLUMN "type" "BookingQuestionType";

-- UpdateTable
UPDATE "BookingQuestion" SET "type" = CAST( "type_old" AS "BookingQuestionType" );

-- AlterTable
ALTER TABLE "BookingQuestion" ALTER COLUMN "type" SET NOT NULL;
ALTER TABLE "BookingQuestion" DROP COLUMN "type_old";
ALTER TABLE "BookingQuestion" ADD COLUMN     "placeholder" TEXT NOT NULL DEFAULT E'';
