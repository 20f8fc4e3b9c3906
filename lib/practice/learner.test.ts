// The learner's own practice (PostgreSQL): days in their time zone, undo exactly once, daily
// limits and desired retention, suspended questions, true recall and the heatmap.
import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, generatorParameters, Rating } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { DAY, review } from "../../tests/practice-fixtures";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { pickRun, practiceSets, readRunQuestions } from "./practice";
import { readProgress } from "./progress";
import { recordReviews } from "./reviews";
import { parseRunFilters, reviewBatchSchema, type ReviewInput } from "./schema";

let db: Database;
const MINUTE = 60_000;
const ids = ["l-1", "l-2", "l-3", "l-4", "l-5"];

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [makeSet({ slug: "learner-set", title: "Learner set", questions: ids.map((id) => makeQuestion({ id, competency: "Networking" })) })]);
});

const newUser = async (timeZone: string | null = null) => (await db.user.create({ data: { email: `${randomUUID()}@test.dev`, timeZone }, select: { id: true } })).id;
const record = (userId: string, reviews: ReviewInput[], now: Date, undos: { id: string; undoOf: string }[] = []) => {
  const parsed = reviewBatchSchema.parse({ reviews, undos });
  return recordReviews(db, userId, parsed.reviews, now, parsed.undos);
};
const undo = (undoOf: string) => ({ id: randomUUID(), undoOf });
const card = (userId: string, questionId: string) =>
  db.reviewState.findUnique({ where: { userId_questionId: { userId, questionId } }, omit: { id: true, createdAt: true, updatedAt: true } });

describe("days in the learner's time zone", () => {
  // 12:30 UTC on 7 Dec 2026 is 23:30 in Sydney (+11): Sydney's day ends at 13:00 UTC.
  const now = new Date("2026-12-07T12:30:00Z");
  it("counts as due today only what is due before the learner's own midnight", async () => {
    const sydney = await newUser("Australia/Sydney");
    const utc = await newUser();
    for (const userId of [sydney, utc]) {
      await record(userId, [review("l-1", Rating.Good, now), review("l-2", Rating.Good, now)], now);
      // l-1 due at 12:45 UTC (Sydney 23:45, today); l-2 at 13:30 UTC (Sydney 00:30 tomorrow).
      await db.reviewState.update({ where: { userId_questionId: { userId, questionId: "l-1" } }, data: { due: new Date("2026-12-07T12:45:00Z") } });
      await db.reviewState.update({ where: { userId_questionId: { userId, questionId: "l-2" } }, data: { due: new Date("2026-12-07T13:30:00Z") } });
    }
    expect((await practiceSets(db, sydney, now))[0]).toMatchObject({ dueToday: 1 });
    expect((await practiceSets(db, utc, now))[0]).toMatchObject({ dueToday: 2 });
    expect(await pickRun(db, sydney, parseRunFilters({ due: "1" }), now)).toEqual(["l-1"]);
    expect((await readProgress(db, sydney, now)).dueToday).toBe(1);
    const forecast = (await readProgress(db, sydney, now)).forecast;
    expect(forecast.slice(0, 2).map((day) => [day.day, day.count])).toEqual([
      ["2026-12-07", 1],
      ["2026-12-08", 1],
    ]);
  });

  it("counts streaks and heatmap days in the learner's days", async () => {
    const la = await newUser("America/Los_Angeles");
    // 23:30 on 6 Dec and 00:30 on 8 Dec in Los Angeles (−8): both 7 Dec... in UTC they are 7 and 8 Dec.
    await record(la, [review("l-1", Rating.Good, new Date("2026-12-07T07:30:00Z"))], now);
    await record(la, [review("l-2", Rating.Good, new Date("2026-12-07T20:00:00Z"))], new Date("2026-12-07T20:00:00Z"));
    const progress = await readProgress(db, la, new Date("2026-12-07T21:00:00Z"));
    expect(progress.today).toBe("2026-12-07");
    expect(progress.heatmap.filter((day) => day.count > 0)).toEqual([
      { day: "2026-12-06", count: 1 },
      { day: "2026-12-07", count: 1 },
    ]);
    expect(progress.streak).toBe(2);
    expect(progress.heatmap).toHaveLength(371);
    expect(progress.heatmap.at(-1)!.day).toBe("2026-12-07");
  });
});

describe("undo", () => {
  const t = new Date("2026-03-02T09:00:00Z");
  it("restores the card exactly as it was before the grade, once", async () => {
    const userId = await newUser();
    await record(userId, [review("l-1", Rating.Good, t)], t);
    const later = new Date(t.getTime() + 10 * MINUTE);
    await record(userId, [review("l-1", Rating.Good, later)], later);
    const before = await card(userId, "l-1");
    const graded = review("l-1", Rating.Again, new Date(t.getTime() + 3 * DAY));
    await record(userId, [graded], new Date(t.getTime() + 3 * DAY));
    expect((await card(userId, "l-1"))!.lapses).toBe(1);

    const first = undo(graded.id);
    expect(await record(userId, [], new Date(t.getTime() + 3 * DAY), [first])).toMatchObject({ accepted: [first.id], duplicates: [] });
    expect(await card(userId, "l-1")).toEqual(before);
    // Sent again (a lost answer), or another undo of the same grade: nothing more is undone.
    expect(await record(userId, [], new Date(t.getTime() + 3 * DAY), [first])).toMatchObject({ accepted: [], duplicates: [first.id] });
    expect(await record(userId, [], new Date(t.getTime() + 3 * DAY), [undo(graded.id)])).toMatchObject({ accepted: [], duplicates: [expect.any(String)] });
    expect(await card(userId, "l-1")).toEqual(before);
    // The grade itself replayed from an outbox after its undo stays undone.
    expect(await record(userId, [graded], new Date(t.getTime() + 3 * DAY))).toMatchObject({ accepted: [], duplicates: [graded.id] });
    expect(await card(userId, "l-1")).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId, undoneAt: null } })).toBe(2);
  });

  it("undoes only the named grade when 40 undos race, and a grade then its undo in one batch", async () => {
    const userId = await newUser();
    const a = review("l-2", Rating.Good, t);
    const b = review("l-2", Rating.Hard, new Date(t.getTime() + DAY));
    await record(userId, [a, b], new Date(t.getTime() + DAY));
    const results = await Promise.all(Array.from({ length: 40 }, () => record(userId, [], new Date(t.getTime() + DAY), [undo(b.id)])));
    expect(results.flatMap((r) => r.accepted)).toHaveLength(1);
    // Only b is undone; the card is what a alone makes (ts-fsrs driven directly).
    const expected = fsrs(generatorParameters({ enable_fuzz: false })).next(createEmptyCard(t), t, Rating.Good).card;
    expect(await card(userId, "l-2")).toMatchObject({ due: expected.due, stability: expected.stability, reps: 1 });

    const c = review("l-3", Rating.Again, t);
    await record(userId, [c], t, [undo(c.id)]);
    // Its only grade undone: the question is new again.
    expect(await card(userId, "l-3")).toBeNull();
  });

  it("ignores an undo of someone else's grade", async () => {
    const [owner, other] = [await newUser(), await newUser()];
    const graded = review("l-4", Rating.Good, t);
    await record(owner, [graded], t);
    const before = await card(owner, "l-4");
    expect(await record(other, [], t, [undo(graded.id)])).toMatchObject({ accepted: [], skipped: [expect.any(String)] });
    expect(await card(owner, "l-4")).toEqual(before);
  });
});

describe("daily limits, retention and suspended questions", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  it("caps a run by the new cards and reviews left today", async () => {
    const userId = await newUser();
    await db.practiceSettings.create({ data: { userId, newPerDay: 2, reviewsPerDay: 1 } });
    expect(await pickRun(db, userId, parseRunFilters({ count: "10" }), now)).toEqual(["l-1", "l-2"]);
    await record(userId, [review("l-1", Rating.Good, now)], now);
    // One new card started today: one left. l-1 is in its step (a review), within the one review left.
    expect(await pickRun(db, userId, parseRunFilters({ count: "10" }), now)).toEqual(["l-1", "l-2"]);
    await record(userId, [review("l-1", Rating.Good, new Date(now.getTime() + 10 * MINUTE))], now);
    expect(await pickRun(db, userId, parseRunFilters({ count: "10" }), new Date(now.getTime() + 20 * MINUTE))).toEqual(["l-2"]);
    // The next day, the limits start again.
    // Two new, then l-1 ahead of its due day (one review left).
    expect(await pickRun(db, userId, parseRunFilters({ count: "10" }), new Date(now.getTime() + DAY))).toEqual(["l-2", "l-3", "l-1"]);
  });

  it("schedules with the learner's desired retention", async () => {
    const [low, high] = [await newUser(), await newUser()];
    await db.practiceSettings.create({ data: { userId: low, retention: 0.8 } });
    await db.practiceSettings.create({ data: { userId: high, retention: 0.95 } });
    for (const userId of [low, high]) await record(userId, [review("l-1", Rating.Easy, now)], now);
    const expected = (retention: number) => fsrs(generatorParameters({ enable_fuzz: false, request_retention: retention })).next(createEmptyCard(now), now, Rating.Easy).card.due;
    expect((await card(low, "l-1"))!.due).toEqual(expected(0.8));
    expect((await card(high, "l-1"))!.due).toEqual(expected(0.95));
    expect(expected(0.8).getTime()).toBeGreaterThan(expected(0.95).getTime());
  });

  it("never shows a suspended question", async () => {
    const userId = await newUser();
    await db.practiceMark.create({ data: { userId, questionId: "l-3", suspended: true } });
    expect(await pickRun(db, userId, parseRunFilters({ count: "50" }), now)).not.toContain("l-3");
    expect(await readRunQuestions(db, userId, ["l-3", "l-4"])).toMatchObject([{ id: "l-4" }]);
    expect((await practiceSets(db, userId, now))[0]).toMatchObject({ questionCount: 4 });
    // Only for this learner.
    expect(await pickRun(db, await newUser(), parseRunFilters({ count: "50" }), now)).toContain("l-3");
  });
});

describe("true recall", () => {
  it("is the share of reviews not graded Again, per period", async () => {
    const userId = await newUser();
    const t0 = new Date("2026-01-01T09:00:00Z");
    const at = (days: number) => new Date(t0.getTime() + days * DAY);
    // Grades of new and learning cards (Again, then two Goods through the steps) do not count: only reviews of learnt cards.
    await record(userId, [review("l-1", Rating.Again, at(0)), review("l-1", Rating.Good, at(0.001)), review("l-1", Rating.Good, at(0.01))], at(0.5));
    expect((await readProgress(db, userId, at(0.5))).recall[0]).toMatchObject({ reviews: 0, recall: null });
    await record(userId, [review("l-1", Rating.Again, at(40)), review("l-2", Rating.Easy, at(1)), review("l-2", Rating.Good, at(39))], at(40));
    const recall = (await readProgress(db, userId, at(40))).recall;
    // At day 39 l-2 was a review (Good); at day 40 l-1 was a review (Again): 1 of 2 in the last 7 days.
    expect(recall[0]).toMatchObject({ label: "Last 7 days", reviews: 2, recalled: 1, recall: 0.5 });
  });
});

describe("daily reminders", () => {
  it("emails a learner with questions due once a day, after 08:00 in their zone", async () => {
    const { sendPracticeReminders } = await import("./reminders");
    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer = { send: async (mail: { to: string; subject: string; text: string }) => (sent.push(mail), { messageId: String(sent.length) }), close: () => {} };
    const la = await newUser("America/Los_Angeles");
    const quiet = await newUser("America/Los_Angeles");
    const email = (await db.user.findUniqueOrThrow({ where: { id: la } })).email;
    const t = new Date("2026-12-07T12:00:00Z"); // 04:00 in Los Angeles
    for (const userId of [la, quiet]) {
      await db.practiceSettings.create({ data: { userId, remindByEmail: userId === la } });
      await record(userId, [review("l-1", Rating.Good, new Date(t.getTime() - 2 * DAY))], t);
    }
    const send = (at: Date) => sendPracticeReminders(db, mailer, { publicUrl: "https://bank.example" }, at);
    expect(await send(t)).toEqual({ sent: 0 }); // before 08:00 local
    const nine = new Date("2026-12-07T17:00:00Z"); // 09:00 in Los Angeles
    // Eight workers at once: one email.
    const results = await Promise.all(Array.from({ length: 8 }, () => send(nine)));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    expect(sent).toMatchObject([{ to: email, subject: "1 practice question due today" }]);
    expect(sent[0]!.text).toContain("https://bank.example/practice/run?due=1&count=50");
    expect(await send(new Date("2026-12-08T07:30:00Z"))).toEqual({ sent: 0 }); // 23:30 the same local day
    expect(await send(new Date("2026-12-08T17:00:00Z"))).toEqual({ sent: 1 }); // the next day
  });
});
