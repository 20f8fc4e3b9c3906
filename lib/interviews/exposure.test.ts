// Exposure against PostgreSQL: practised questions of the candidate's own account (same email,
// any case), how often, and interview-only alternatives of the same competency and set.
import { beforeAll, describe, expect, it } from "vitest";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { practiceExposure } from "./exposure";

let db: Database;

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
  await seedQuestionBank(db, [
    makeSet({
      slug: "exposure-set",
      questions: [
        makeQuestion({ id: "exp-both", competency: "Networking", audience: "both" }),
        makeQuestion({ id: "exp-only", competency: "Networking", audience: "interview" }),
        makeQuestion({ id: "exp-other", competency: "Storage", audience: "interview" }),
      ],
    }),
  ]);
  const user = await db.user.create({ data: { email: "cam@exposure.test", role: "CANDIDATE" }, select: { id: true } });
  const log = (id: string) => ({
    id,
    userId: user.id,
    questionId: "exp-both",
    grade: 3,
    reviewedAt: new Date(),
    state: 0,
    due: new Date(),
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
  });
  await db.reviewLog.createMany({ data: [log("r1"), log("r2"), log("r3")] });
});

describe("practice exposure", () => {
  it("marks practised questions with how often, and offers interview-only ones of the same competency and set", async () => {
    expect(await practiceExposure(db, "Cam@Exposure.test", ["exp-both", "exp-other"])).toEqual([
      { questionId: "exp-both", title: expect.any(String), reviews: 3, alternatives: [{ id: "exp-only", title: expect.any(String) }] },
    ]);
  });

  it("says nothing without a practice account or practice", async () => {
    expect(await practiceExposure(db, null, ["exp-both"])).toEqual([]);
    expect(await practiceExposure(db, "nobody@exposure.test", ["exp-both"])).toEqual([]);
    expect(await practiceExposure(db, "cam@exposure.test", ["exp-other"])).toEqual([]);
  });
});
