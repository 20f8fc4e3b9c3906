-- Issue 14 part B (a hiring team at work): decisions taken at the debrief, rating revisions kept apart
-- from the submitted scorecard, candidates followed on the home page, the target length of an
-- interview, and the indexes the home page and the candidates list read by

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADVANCE', 'REJECT', 'HOLD', 'HIRE');

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "targetMinutes" INTEGER;

-- CreateTable
CREATE TABLE "InterviewDecision" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardRevision" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "authorId" TEXT,
    "recommendation" "Recommendation",
    "ratings" JSONB NOT NULL DEFAULT '{}',
    "composite" DECIMAL(3,2),
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateFollow" (
    "userId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateFollow_pkey" PRIMARY KEY ("userId","candidateId")
);

-- CreateIndex
CREATE INDEX "InterviewDecision_sessionId_createdAt_idx" ON "InterviewDecision"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "ScorecardRevision_scorecardId_createdAt_idx" ON "ScorecardRevision"("scorecardId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateFollow_candidateId_idx" ON "CandidateFollow"("candidateId");

-- CreateIndex
CREATE INDEX "Candidate_updatedAt_idx" ON "Candidate"("updatedAt");

-- CreateIndex
CREATE INDEX "Candidate_createdById_idx" ON "Candidate"("createdById");

-- CreateIndex
CREATE INDEX "InterviewSession_createdById_idx" ON "InterviewSession"("createdById");

-- AddForeignKey
ALTER TABLE "InterviewDecision" ADD CONSTRAINT "InterviewDecision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewDecision" ADD CONSTRAINT "InterviewDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRevision" ADD CONSTRAINT "ScorecardRevision_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRevision" ADD CONSTRAINT "ScorecardRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateFollow" ADD CONSTRAINT "CandidateFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateFollow" ADD CONSTRAINT "CandidateFollow_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
