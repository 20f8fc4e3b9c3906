import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { makeQuestion, makeSet } from "../../tests/factories";
import type { Database } from "../db-client";
import { loadQuestionSets } from "./load-question-sets";
import { seedQuestionBank } from "./seed-question-bank";

let db: Database;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
});

describe("seeding the real content/ bank", () => {
  it("loads every set and question, then skips them all on a second run", async () => {
    const { sets, errors } = await loadQuestionSets();
    expect(errors).toEqual([]);
    const total = sets.reduce((sum, set) => sum + set.questions.length, 0);

    const first = await seedQuestionBank(db, sets);
    expect(first).toMatchObject({ sets: sets.length, created: total, updated: 0, archived: 0 });
    expect(await db.question.count()).toBe(total);
    expect(await db.questionVersion.count()).toBe(total);

    const second = await seedQuestionBank(db, sets);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: total, archived: 0 });
    expect(await db.questionVersion.count()).toBe(total);
  });

  it("fills the generated search vector for every question", async () => {
    const [row] = await db.$queryRaw<{ missing: number }[]>`SELECT count(*)::int AS missing FROM "Question" WHERE "search" IS NULL`;
    expect(row?.missing).toBe(0);
  });
});

describe("versions and archiving", () => {
  it("bumps the version and keeps a snapshot when a question's text changes", async () => {
    const question = makeQuestion({ id: "versioned-question", answer: "First wording." });
    const set = makeSet({ slug: "versions", questions: [question] });
    await seedQuestionBank(db, [set]);

    const edited = { ...set, questions: [{ ...question, answer: "Second wording." }] };
    const summary = await seedQuestionBank(db, [edited]);
    expect(summary).toMatchObject({ created: 0, updated: 1 });

    const stored = await db.question.findUniqueOrThrow({ where: { id: "versioned-question" }, select: { version: true, answer: true } });
    expect(stored).toEqual({ version: 2, answer: "Second wording." });
    const versions = await db.questionVersion.findMany({
      where: { questionId: "versioned-question" },
      orderBy: { version: "asc" },
      select: { version: true, snapshot: true },
    });
    expect(versions.map((v) => [v.version, (v.snapshot as { answer: string }).answer])).toEqual([
      [1, "First wording."],
      [2, "Second wording."],
    ]);
  });

  it("does not bump the version when only the position in the file changes", async () => {
    const a = makeQuestion({ id: "order-a" });
    const b = makeQuestion({ id: "order-b" });
    await seedQuestionBank(db, [makeSet({ slug: "ordering", questions: [a, b] })]);
    const summary = await seedQuestionBank(db, [makeSet({ slug: "ordering", questions: [b, a] })]);
    expect(summary).toMatchObject({ updated: 0, unchanged: 2 });
    const rows = await db.question.findMany({ where: { id: { in: ["order-a", "order-b"] } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
    expect(rows).toEqual([
      { id: "order-b", version: 1 },
      { id: "order-a", version: 1 },
    ]);
  });

  it("archives a question removed from its set and restores it when it comes back", async () => {
    const keep = makeQuestion({ id: "archive-keep" });
    const drop = makeQuestion({ id: "archive-drop" });
    await seedQuestionBank(db, [makeSet({ slug: "archiving", questions: [keep, drop] })]);

    const removed = await seedQuestionBank(db, [makeSet({ slug: "archiving", questions: [keep] })]);
    expect(removed.archived).toBe(1);
    expect(await db.question.findUniqueOrThrow({ where: { id: "archive-drop" }, select: { archived: true } })).toEqual({ archived: true });

    const back = await seedQuestionBank(db, [makeSet({ slug: "archiving", questions: [keep, drop] })]);
    expect(back).toMatchObject({ restored: 1, archived: 0 });
    expect(await db.question.findUniqueOrThrow({ where: { id: "archive-drop" }, select: { archived: true } })).toEqual({ archived: false });
  });

  it("leaves questions of sets that were not part of the run alone", async () => {
    await seedQuestionBank(db, [makeSet({ slug: "untouched", questions: [makeQuestion({ id: "untouched-q" })] })]);
    await seedQuestionBank(db, [makeSet({ slug: "another", questions: [makeQuestion()] })]);
    expect(await db.question.findUniqueOrThrow({ where: { id: "untouched-q" }, select: { archived: true } })).toEqual({ archived: false });
  });

  it("writes nothing when the transaction fails part-way", async () => {
    const before = await db.question.count();
    // Same id twice in one run violates the primary key inside the transaction.
    const twice = makeQuestion({ id: "duplicate-in-run" });
    await expect(seedQuestionBank(db, [makeSet({ slug: "broken-run", questions: [twice, { ...twice }] })])).rejects.toThrow();
    expect(await db.question.count()).toBe(before);
    expect(await db.questionSet.findUnique({ where: { slug: "broken-run" } })).toBeNull();
  });
});
