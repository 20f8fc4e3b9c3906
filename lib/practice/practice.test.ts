// What practice shows: interview-only and archived questions never reach it, and runs and progress
// count what is due, new, young and mature.
import { beforeAll, describe, expect, it } from "vitest";
import { DAY, interviewSet, practiceSet, practiceHelpers, review, seedPracticeBank, T0 } from "../../tests/practice-fixtures";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { pickRun, practiceSets, practiceTags, readReviewHistory, readRunQuestions } from "./practice";
import { readProgress } from "./progress";
import { parseRunFilters } from "./schema";

let db: Database;
const { newUser, record } = practiceHelpers(() => db);

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedPracticeBank(db);
});

describe("exposure: interview-only and archived questions never reach practice", () => {
  const hidden = ["p-secret", "i-1", "i-2", "p-archived"];

  it("is enforced by runs, counts, tags, progress, history and grading, for candidates and staff alike", async () => {
    for (const role of ["CANDIDATE", "INTERVIEWER"] as const) {
      const userId = await newUser(role);
      const result = await record(
        userId,
        [...hidden, "no-such-question"].map((id) => review(id, 3, T0)),
      );
      expect(result.accepted).toEqual([]);
      expect(result.skipped).toHaveLength(5);
      expect(await db.reviewLog.count({ where: { userId } })).toBe(0);

      const all = await pickRun(db, userId, parseRunFilters({ count: "50" }), T0);
      expect(all.sort()).toEqual(["p-both", "p-moving", "p-practice"]);
      expect(await pickRun(db, null, parseRunFilters({ count: "50" }), T0)).toHaveLength(3);
      expect(await pickRun(db, userId, parseRunFilters({ set: "interview-set" }), T0)).toEqual([]);
      expect(await pickRun(db, userId, parseRunFilters({ tag: ["secret-tag", "interview-set-tag"] }), T0)).toEqual([]);
      // Guessing ids: hidden ones are simply not there.
      expect((await readRunQuestions(db, userId, [...hidden, "p-both"])).map((q) => q.id)).toEqual(["p-both"]);
      expect(await readRunQuestions(db, null, hidden)).toEqual([]);
      expect((await practiceSets(db, userId, T0)).map((s) => [s.slug, s.questionCount])).toEqual([["practice-set", 3]]);
      expect(await practiceTags(db)).not.toContain("secret-tag");
      expect(await practiceTags(db)).not.toContain("interview-set-tag");
      const progress = await readProgress(db, userId, T0);
      expect(progress.total).toBe(3);
      expect(progress.bySet.map((s) => s.name)).toEqual(["Practice set"]);
    }
  });

  it("a question moved to interview-only disappears from practice, with its history, on the next seed", async () => {
    const userId = await newUser();
    await record(userId, [review("p-moving", 3, T0), review("p-both", 3, T0)], T0);
    expect((await readProgress(db, userId, T0)).seen).toBe(2);
    const moved = practiceSet.questions.map((q) => (q.id === "p-moving" ? { ...q, audience: "interview" as const, ownAudience: "interview" as const } : q));
    await seedQuestionBank(db, [{ ...practiceSet, questions: moved }, interviewSet]);

    const progress = await readProgress(db, userId, T0);
    expect(progress.seen).toBe(1);
    expect(progress.byCompetency.map((c) => c.name)).not.toContain("Storage");
    expect((await readReviewHistory(db, userId)).map((r) => r.question.id)).toEqual(["p-both"]);
    expect(await pickRun(db, userId, parseRunFilters({ count: "50" }), T0)).not.toContain("p-moving");
    expect(await readRunQuestions(db, userId, ["p-moving"])).toEqual([]);
    expect((await record(userId, [review("p-moving", 4, T0)])).skipped).toHaveLength(1);
    // Put back for the other tests.
    await seedQuestionBank(db, [practiceSet, interviewSet]);
  });
});

describe("runs and progress", () => {
  it("puts due questions first, then new ones; 'due' runs hold only what is due today", async () => {
    const userId = await newUser();
    await record(userId, [review("p-practice", 3, T0)], T0);
    // Learning step: due 10 minutes later, so due today.
    expect(await pickRun(db, userId, parseRunFilters({ due: "1" }), T0)).toEqual(["p-practice"]);
    const mixed = await pickRun(db, userId, parseRunFilters({ count: "2" }), T0);
    expect(mixed[0]).toBe("p-practice");
    expect(mixed).toHaveLength(2);
    const sets = await practiceSets(db, userId, T0);
    expect(sets[0]).toMatchObject({ dueToday: 1, newCount: 2, questionCount: 3 });
  });

  it("reports seen, new/young/mature, streak and a 14-day forecast", async () => {
    const userId = await newUser();
    const day = (n: number) => new Date(T0.getTime() + n * DAY);
    await record(userId, [review("p-both", 4, day(0)), review("p-both", 3, day(1)), review("p-practice", 3, day(2))], day(2));
    const progress = await readProgress(db, userId, day(2));
    expect(progress).toMatchObject({ total: 3, seen: 2, streak: 3, practisedToday: true });
    const networking = progress.byCompetency.find((c) => c.name === "Networking")!;
    expect(networking).toMatchObject({ total: 2, fresh: 0, young: 2, mature: 0 });
    expect(progress.forecast).toHaveLength(14);
    expect(progress.forecast.reduce((sum, d) => sum + d.count, 0)).toBeLessThanOrEqual(2);
    expect(progress.forecast[0]!.count).toBeGreaterThanOrEqual(1);
    // A day without practice ends the streak.
    expect((await readProgress(db, userId, day(4))).streak).toBe(0);
  });
});
