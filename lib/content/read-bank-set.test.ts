import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { setMeaning } from "../../tests/set-meaning";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { exportQuestionSet } from "./export-question-set";
import { importQuestionFiles } from "./import-question-files";
import { loadQuestionSets } from "./load-question-sets";
import { parseQuestionSet } from "./parse-question-set";
import { readBankSet, readBankSets } from "./read-bank-set";
import { seedQuestionBank } from "./seed-question-bank";

let db: Database;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
});

describe("reading the seeded bank back", () => {
  // CPU-bound (parses the bank twice), so allow for a busy machine.
  it("gives every content/ set back, and its export parses to what the file says", { timeout: 120_000 }, async () => {
    const { errors, summary } = await importQuestionFiles(db);
    expect(errors).toEqual([]);
    expect(summary?.sets).toBeGreaterThanOrEqual(4);
    const { sets: files } = await loadQuestionSets();

    const stored = await readBankSets(db);
    expect(stored.map((set) => set.slug)).toEqual(files.map((set) => set.slug).sort());
    for (const file of files) {
      const set = stored.find((candidate) => candidate.slug === file.slug)!;
      expect(set.sourcePath).toBe(file.sourcePath);
      const reparsed = parseQuestionSet(exportQuestionSet(set), file.sourcePath);
      expect(reparsed.errors).toEqual([]);
      expect(setMeaning(reparsed.set!)).toEqual(setMeaning(file));
      // The files keep the export's layout, so `npm run content:export` of an unchanged bank is no diff.
      expect(exportQuestionSet(set), file.sourcePath).toBe(readFileSync(file.sourcePath, "utf8"));
    }
  });

  it("reads one set by slug, and null for a slug nobody uses", async () => {
    const ec2 = await readBankSet(db, "ec2");
    expect(ec2?.title).toBe("Amazon EC2");
    expect(await readBankSet(db, "no-such-set")).toBeNull();
  });
});

describe("what a stored set holds", () => {
  it("leaves out archived questions and keeps the order of the rest", async () => {
    const [a, b, c] = [makeQuestion({ id: "order-a" }), makeQuestion({ id: "order-b" }), makeQuestion({ id: "order-c" })];
    const set = makeSet({ slug: "ordering", questions: [a!, b!, c!] });
    await seedQuestionBank(db, [set]);
    await seedQuestionBank(db, [{ ...set, questions: [c!, a!] }]); // b is archived, c moves first

    const stored = await readBankSet(db, "ordering");
    expect(stored?.questions.map((q) => q.id)).toEqual(["order-c", "order-a"]);
  });

  it("keeps tags in the order the current version gives them, even after a reorder", async () => {
    const question = makeQuestion({ id: "tag-order", tags: ["zeta", "alpha", "mid"] });
    const set = makeSet({ slug: "tag-order", questions: [question] });
    await seedQuestionBank(db, [set]);
    expect((await readBankSet(db, "tag-order"))?.questions[0]?.tags).toEqual(["zeta", "alpha", "mid"]);

    await seedQuestionBank(db, [{ ...set, questions: [{ ...question, tags: ["mid", "zeta", "new"] }] }]);
    expect((await readBankSet(db, "tag-order"))?.questions[0]?.tags).toEqual(["mid", "zeta", "new"]);
  });

  it("names a question's audience only where it differs from its set's", async () => {
    const set = makeSet({
      slug: "audiences",
      audience: "interview",
      ownAudience: "interview",
      questions: [makeQuestion({ id: "aud-same", audience: "interview", ownAudience: "interview" }), makeQuestion({ id: "aud-both", audience: "both", ownAudience: "both" })],
    });
    await seedQuestionBank(db, [set]);
    const stored = await readBankSet(db, "audiences");
    expect(stored).toMatchObject({ audience: "interview", ownAudience: "interview" });
    expect(stored?.questions.map((q) => [q.id, q.audience, q.ownAudience])).toEqual([
      ["aud-same", "interview", null],
      ["aud-both", "both", "both"],
    ]);
  });

  it("gives a set without a stored file its default path, and a set whose questions are all archived none", async () => {
    const set = makeSet({ slug: "made-in-app", questions: [makeQuestion({ id: "only-one" })] });
    await seedQuestionBank(db, [set]);
    await db.questionSet.update({ where: { slug: "made-in-app" }, data: { sourcePath: null } });
    await db.question.update({ where: { id: "only-one" }, data: { archived: true } });

    const stored = await readBankSet(db, "made-in-app");
    expect(stored).toMatchObject({ sourcePath: "content/questions/made-in-app.md", questions: [] });
  });
});
