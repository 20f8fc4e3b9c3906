-- Question bank format v2 (issue 15): when a question was last reviewed, its practice twin, each
-- follow-up's "Listen for" text, and a set's introduction.

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "followUpListenFor" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "practiceTwinId" TEXT,
ADD COLUMN     "reviewed" TEXT NOT NULL DEFAULT to_char(now(), 'YYYY-MM');

-- Questions stored before this migration were last written (created, imported or edited) in the
-- month of their last update: that is the review they had. Files seeded again bring their own.
UPDATE "Question" SET "reviewed" = to_char("updatedAt", 'YYYY-MM');

-- Follow-ups stored before it keep their "Listen for:" line in the text, with no entry here: the
-- app splits such a text when it reads it (lib/content/follow-ups.ts, readFollowUps), as it does
-- for the snapshots of versions and started interviews, which are never rewritten.

ALTER TABLE "Question" ADD CONSTRAINT "Question_reviewed_month" CHECK ("reviewed" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "introduction" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Question_practiceTwinId_idx" ON "Question"("practiceTwinId");
