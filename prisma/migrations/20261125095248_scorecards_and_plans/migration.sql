-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES');

-- CreateEnum
CREATE TYPE "ScorecardEventKind" AS ENUM ('SUBMITTED', 'REOPENED');

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "recommendation" "Recommendation",
    "summary" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "lastWriteId" TEXT,
    "composite" DECIMAL(3,2),
    "disagreementReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "sessionQuestionId" TEXT NOT NULL,
    "rating" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "keyPointsCovered" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "redFlagsRaised" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "elapsedSeconds" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "lastWriteId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardEvent" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "kind" "ScorecardEventKind" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewPlan" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewPlanQuestion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "InterviewPlanQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Scorecard_interviewerId_idx" ON "Scorecard"("interviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_sessionId_interviewerId_key" ON "Scorecard"("sessionId", "interviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_scorecardId_sessionQuestionId_key" ON "Score"("scorecardId", "sessionQuestionId");

-- CreateIndex
CREATE INDEX "ScorecardEvent_scorecardId_createdAt_idx" ON "ScorecardEvent"("scorecardId", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewPlan_name_idx" ON "InterviewPlan"("name");

-- CreateIndex
CREATE INDEX "InterviewPlanQuestion_planId_position_idx" ON "InterviewPlanQuestion"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewPlanQuestion_planId_questionId_key" ON "InterviewPlanQuestion"("planId", "questionId");

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_sessionQuestionId_fkey" FOREIGN KEY ("sessionQuestionId") REFERENCES "SessionQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardEvent" ADD CONSTRAINT "ScorecardEvent_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardEvent" ADD CONSTRAINT "ScorecardEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlan" ADD CONSTRAINT "InterviewPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlanQuestion" ADD CONSTRAINT "InterviewPlanQuestion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InterviewPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlanQuestion" ADD CONSTRAINT "InterviewPlanQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Ratings are forced choice on the anchored 1–4 scale (no neutral middle).
ALTER TABLE "Score" ADD CONSTRAINT "Score_rating_range" CHECK ("rating" BETWEEN 1 AND 4);
