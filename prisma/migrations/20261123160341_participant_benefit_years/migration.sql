-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "benefitYearsInLast7" INTEGER;
