-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "undoneAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PracticeSettings" (
    "userId" TEXT NOT NULL,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "retention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "remindByEmail" BOOLEAN NOT NULL DEFAULT false,
    "remindedOn" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PracticeMark" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "bookmarked" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeMark_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateIndex
CREATE INDEX "PracticeMark_questionId_idx" ON "PracticeMark"("questionId");

-- AddForeignKey
ALTER TABLE "PracticeSettings" ADD CONSTRAINT "PracticeSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMark" ADD CONSTRAINT "PracticeMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMark" ADD CONSTRAINT "PracticeMark_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
