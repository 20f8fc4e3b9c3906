-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "planId" TEXT;

-- CreateIndex
CREATE INDEX "InterviewSession_planId_idx" ON "InterviewSession"("planId");

-- AddForeignKey
ALTER TABLE "InterviewSession" ADD CONSTRAINT "InterviewSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InterviewPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;
