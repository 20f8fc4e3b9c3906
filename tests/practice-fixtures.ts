// The question bank and helpers both practice test files start from (lib/practice/practice.test.ts
// and reviews.test.ts): a practice set with one interview-only question, a whole interview-only set,
// and p-archived, archived by being removed from its file.
import { randomUUID } from "node:crypto";
import type { Grade } from "ts-fsrs";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import { recordReviews } from "../lib/practice/reviews";
import { reviewBatchSchema, type ReviewInput } from "../lib/practice/schema";
import { makeQuestion, makeSet } from "./factories";

export const DAY = 86_400_000;
export const T0 = new Date("2026-03-02T09:00:00Z");

export const practiceSet = makeSet({
  slug: "practice-set",
  title: "Practice set",
  questions: [
    makeQuestion({ id: "p-both", competency: "Networking", tags: ["shared"] }),
    makeQuestion({ id: "p-practice", audience: "practice", ownAudience: "practice", competency: "Networking" }),
    makeQuestion({ id: "p-secret", audience: "interview", ownAudience: "interview", tags: ["secret-tag"] }),
    makeQuestion({ id: "p-moving", competency: "Storage" }),
  ],
});
// A whole interview-only set, one of whose questions even claims "both": never in practice.
export const interviewSet = makeSet({
  slug: "interview-set",
  title: "Interview set",
  audience: "interview",
  ownAudience: "interview",
  questions: [makeQuestion({ id: "i-1", audience: "interview" }), makeQuestion({ id: "i-2", audience: "both", ownAudience: "both", tags: ["interview-set-tag"] })],
});
const archivedLater = makeQuestion({ id: "p-archived" });

export async function seedPracticeBank(db: Database) {
  await seedQuestionBank(db, [{ ...practiceSet, questions: [...practiceSet.questions, archivedLater] }, interviewSet]);
  // Removing it from its file archives it.
  await seedQuestionBank(db, [practiceSet, interviewSet]);
}

/** A grade as the run page sends it. */
export const review = (questionId: string, grade: Grade, at: Date, extra: Partial<ReviewInput> = {}): ReviewInput => ({
  id: randomUUID(),
  questionId,
  grade,
  answer: "",
  keyPointsTicked: [],
  reviewedAt: at.toISOString(),
  ...extra,
});
/** The helpers on the test file's database (read when called, after its beforeAll made it). */
export function practiceHelpers(database: () => Database) {
  return {
    newUser: async (role: "CANDIDATE" | "INTERVIEWER" = "CANDIDATE") =>
      (await database().user.create({ data: { email: `${randomUUID()}@test.dev`, role }, select: { id: true } })).id,
    /** Records a batch as the reviews route does, parsed by its schema; `now` defaults to a year after T0. */
    record: (userId: string, reviews: ReviewInput[], now = new Date(T0.getTime() + 365 * DAY)) =>
      recordReviews(database(), userId, reviewBatchSchema.parse({ reviews }).reviews, now),
  };
}
