import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { GUEST_HISTORY_KEY, ReviewOutbox, type OutboxSendResult, type StorageLike } from "./outbox";
import { pickRun, practiceSets, practiceTags, readReviewHistory, readRunQuestions } from "./practice";
import { readProgress } from "./progress";
import { recordReviews } from "./reviews";
import { parseRunFilters, reviewBatchSchema, type ReviewInput } from "./schema";

let db: Database;
const DAY = 86_400_000;
const T0 = new Date("2026-03-02T09:00:00Z");

const practiceSet = makeSet({
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
const interviewSet = makeSet({
  slug: "interview-set",
  title: "Interview set",
  audience: "interview",
  ownAudience: "interview",
  questions: [makeQuestion({ id: "i-1", audience: "interview" }), makeQuestion({ id: "i-2", audience: "both", ownAudience: "both", tags: ["interview-set-tag"] })],
});
const archivedLater = makeQuestion({ id: "p-archived" });

const newUser = async (role: "CANDIDATE" | "INTERVIEWER" = "CANDIDATE") => (await db.user.create({ data: { email: `${randomUUID()}@test.dev`, role }, select: { id: true } })).id;

const review = (questionId: string, grade: Grade, at: Date, extra: Partial<ReviewInput> = {}): ReviewInput => ({
  id: randomUUID(),
  questionId,
  grade,
  answer: "",
  keyPointsTicked: [],
  reviewedAt: at.toISOString(),
  ...extra,
});
const record = (userId: string, reviews: ReviewInput[], now = new Date(T0.getTime() + 365 * DAY)) => recordReviews(db, userId, reviewBatchSchema.parse({ reviews }).reviews, now);

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [{ ...practiceSet, questions: [...practiceSet.questions, archivedLater] }, interviewSet]);
  // Removing it from its file archives it.
  await seedQuestionBank(db, [practiceSet, interviewSet]);
});

describe("scheduling with ts-fsrs", () => {
  it("stores exactly the card and logs ts-fsrs computes for the same review history", async () => {
    const userId = await newUser();
    const history: [Grade, Date][] = [
      [Rating.Good, T0],
      [Rating.Good, new Date(T0.getTime() + 10 * 60_000)],
      [Rating.Again, new Date(T0.getTime() + 3 * DAY)],
      [Rating.Hard, new Date(T0.getTime() + 3 * DAY + 10 * 60_000)],
      [Rating.Easy, new Date(T0.getTime() + 9 * DAY)],
    ];
    // One request per grade, as the run page sends them.
    for (const [grade, at] of history) await record(userId, [review("p-both", grade, at)], new Date(at.getTime() + 1000));

    // ts-fsrs driven directly, with the same parameters (default, no fuzz).
    const f = fsrs(generatorParameters({ enable_fuzz: false }));
    let card: Card = createEmptyCard(T0);
    const expectedLogs = [];
    for (const [grade, at] of history) {
      const next = f.next(card, at, grade);
      expectedLogs.push(next.log);
      card = next.card;
    }
    const state = await db.reviewState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: "p-both" } } });
    expect(state).toMatchObject({
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsed_days,
      scheduledDays: card.scheduled_days,
      learningSteps: card.learning_steps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.last_review,
    });
    expect(state.reps).toBe(5);
    expect(state.lapses).toBe(1);
    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
    expect(
      logs.map((log) => ({
        grade: log.grade,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        scheduledDays: log.scheduledDays,
        learningSteps: log.learningSteps,
      })),
    ).toEqual(
      expectedLogs.map((log) => ({
        grade: log.rating,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        scheduledDays: log.scheduled_days,
        learningSteps: log.learning_steps,
      })),
    );
  });

  it("gives the same state whatever order the reviews arrive in (a late offline grade)", async () => {
    const [inOrder, outOfOrder] = [await newUser(), await newUser()];
    const reviews = [review("p-both", 3, T0), review("p-both", 1, new Date(T0.getTime() + DAY)), review("p-both", 3, new Date(T0.getTime() + 2 * DAY))];
    await record(
      inOrder,
      reviews.map((r) => ({ ...r, id: randomUUID() })),
    );
    await record(outOfOrder, [reviews[2]!]);
    await record(outOfOrder, [reviews[0]!]);
    await record(outOfOrder, [reviews[1]!]);
    const pick = { due: true, stability: true, difficulty: true, reps: true, lapses: true, state: true, lastReview: true, scheduledDays: true };
    expect(await db.reviewState.findFirst({ where: { userId: outOfOrder }, select: pick })).toEqual(await db.reviewState.findFirst({ where: { userId: inOrder }, select: pick }));
    const logs = (user: string) =>
      db.reviewLog.findMany({ where: { userId: user }, orderBy: { reviewedAt: "asc" }, select: { grade: true, state: true, stability: true, due: true } });
    expect(await logs(outOfOrder)).toEqual(await logs(inOrder));
  });
});

describe("idempotent grading", () => {
  it("counts a grade sent twice, or twice at once, once", async () => {
    const userId = await newUser();
    const grade = review("p-both", 3, T0, { answer: "My typed answer", keyPointsTicked: [0, 1] });
    expect(await record(userId, [grade])).toMatchObject({ accepted: [grade.id], duplicates: [] });
    expect(await record(userId, [grade])).toMatchObject({ accepted: [], duplicates: [grade.id] });
    const other = review("p-practice", 4, T0);
    const results = await Promise.all([record(userId, [other]), record(userId, [other]), record(userId, [other, other])]);
    expect(results.flatMap((r) => r.accepted)).toEqual([other.id]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
    expect(await db.reviewState.findMany({ where: { userId }, orderBy: { questionId: "asc" }, select: { questionId: true, reps: true } })).toEqual([
      { questionId: "p-both", reps: 1 },
      { questionId: "p-practice", reps: 1 },
    ]);
    expect(await db.reviewLog.findUnique({ where: { id: grade.id }, select: { answer: true, keyPointsTicked: true } })).toEqual({
      answer: "My typed answer",
      keyPointsTicked: [0, 1],
    });
  });

  it("another user cannot overwrite a review by reusing its id", async () => {
    const [alice, mallory] = [await newUser(), await newUser()];
    const grade = review("p-both", 4, T0);
    await record(alice, [grade]);
    expect(await record(mallory, [{ ...grade, grade: 1 }])).toMatchObject({ accepted: [], duplicates: [grade.id] });
    expect(await db.reviewLog.findUnique({ where: { id: grade.id }, select: { userId: true, grade: true } })).toEqual({ userId: alice, grade: 4 });
    expect(await db.reviewState.count({ where: { userId: mallory } })).toBe(0);
  });

  it("the outbox keeps grades through lost answers and outages, and the server stores each once", async () => {
    const userId = await newUser();
    const storage = memoryStorage();
    let calls = 0;
    // First answer lost after the server applied it, second call an outage, then a working network.
    const send = async ({ reviews }: { reviews: ReviewInput[] }): Promise<OutboxSendResult> => {
      calls++;
      if (calls === 2) return { status: "network-error" };
      const result = await record(userId, reviews);
      if (calls === 1) throw new Error("connection reset");
      return result;
    };
    const outbox = new ReviewOutbox({ userId, storage, send, retryMs: { first: 5, max: 10 } });
    const grades = [review("p-both", 3, T0), review("p-practice", 2, T0)];
    outbox.add(...grades);
    // A reload: a new outbox on the same storage finds the grades and sends them.
    await outbox.whenSettled();
    expect(outbox.getSnapshot().status).toBe("offline");
    outbox.stop();
    const reloaded = new ReviewOutbox({ userId, storage, send, retryMs: { first: 5, max: 10 } });
    expect(reloaded.pending().map((r) => r.id)).toEqual(grades.map((g) => g.id));
    reloaded.flush();
    await expect.poll(() => reloaded.getSnapshot().status, { timeout: 5000 }).toBe("saved");
    expect(reloaded.pending()).toEqual([]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
    expect(await db.reviewState.findMany({ where: { userId }, select: { reps: true } })).toEqual([{ reps: 1 }, { reps: 1 }]);
    reloaded.stop();
  });

  it("says 'retrying', not 'offline', while the server answers 503, and sends the grades once it recovers", async () => {
    const userId = await newUser();
    let serverUp = false;
    const send = async ({ reviews }: { reviews: ReviewInput[] }): Promise<OutboxSendResult> => (serverUp ? record(userId, reviews) : { status: "unavailable" });
    const outbox = new ReviewOutbox({ userId, storage: memoryStorage(), send, retryMs: { first: 5, max: 10 } });
    outbox.add(review("p-both", 3, T0));
    await outbox.whenSettled();
    expect(outbox.getSnapshot()).toMatchObject({ status: "retrying", pending: 1, message: expect.stringContaining("cannot save right now") });
    serverUp = true;
    await expect.poll(() => outbox.getSnapshot().status, { timeout: 5000 }).toBe("saved");
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    outbox.stop();
  });
});

describe("guest history merged into the account", () => {
  it("adopts the guest's reviews once, replayed in time order with the account's own", async () => {
    const userId = await newUser();
    const storage = memoryStorage();
    const guest = [review("p-both", 3, T0), review("p-both", 4, new Date(T0.getTime() + 2 * DAY)), review("p-secret", 4, T0)];
    storage.setItem(GUEST_HISTORY_KEY, JSON.stringify(guest));
    const send = ({ reviews }: { reviews: ReviewInput[] }) => record(userId, reviews);
    const outbox = new ReviewOutbox({ userId, storage, send });
    // The account already has a later review of its own.
    await record(userId, [review("p-both", 2, new Date(T0.getTime() + 5 * DAY))]);
    expect(outbox.adoptGuestHistory()).toBe(3);
    expect(storage.map.has(GUEST_HISTORY_KEY)).toBe(false);
    await outbox.whenSettled();
    expect(outbox.getSnapshot()).toMatchObject({ status: "saved", pending: 0 });

    // Sent again (another tab kept a copy): nothing changes.
    expect(
      await record(
        userId,
        guest.map((r) => ({ ...r, fromGuest: true })),
      ),
    ).toMatchObject({ accepted: [], duplicates: [guest[0]!.id, guest[1]!.id], skipped: [guest[2]!.id] });
    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" }, select: { grade: true, fromGuest: true } });
    expect(logs).toEqual([
      { grade: 3, fromGuest: true },
      { grade: 4, fromGuest: true },
      { grade: 2, fromGuest: false },
    ]);
    const f = fsrs(generatorParameters({ enable_fuzz: false }));
    let card = createEmptyCard(T0);
    for (const [grade, days] of [
      [3, 0],
      [4, 2],
      [2, 5],
    ] as [Grade, number][])
      card = f.next(card, new Date(T0.getTime() + days * DAY), grade).card;
    expect(await db.reviewState.findFirst({ where: { userId }, select: { due: true, stability: true, reps: true } })).toEqual({
      due: card.due,
      stability: card.stability,
      reps: 3,
    });
    // The interview-only question in a (tampered) guest history was refused, not stored.
    expect(await db.reviewLog.count({ where: { questionId: "p-secret" } })).toBe(0);
  });
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
