// Recording practice grades: the state and logs ts-fsrs computes, each grade stored once whatever
// the network does (the outbox), and a guest's history adopted into the account.
import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { DAY, practiceHelpers, review, seedPracticeBank, T0 } from "../../tests/practice-fixtures";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { GUEST_HISTORY_KEY, ReviewOutbox, savedSince, type OutboxSendResult, type StorageLike } from "./outbox";
import type { ReviewInput } from "./schema";

let db: Database;
const { newUser, record } = practiceHelpers(() => db);

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedPracticeBank(db);
});

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

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
    // Nothing was confirmed yet (the server's answer was lost), so no page is told to refresh.
    expect(savedSince(storage, userId, 0)).toBe(false);
    const reloaded = new ReviewOutbox({ userId, storage, send, retryMs: { first: 5, max: 10 }, now: () => 1_000 });
    expect(reloaded.pending().map((r) => r.id)).toEqual(grades.map((g) => g.id));
    reloaded.flush();
    await expect.poll(() => reloaded.getSnapshot().status, { timeout: 5000 }).toBe("saved");
    expect(reloaded.pending()).toEqual([]);
    // The confirmation is stamped, on this device's clock, for pages requested before it.
    expect([savedSince(storage, userId, 999), savedSince(storage, userId, 1_000)]).toEqual([true, false]);
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
