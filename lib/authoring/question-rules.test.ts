import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { archiveRefusal, bankRuleErrors } from "./question-rules";

let db: Database;
const NOW = new Date("2026-12-07T09:00:00Z");
const asked = makeQuestion({ id: "rules-asked", title: "Asked?", audience: "interview", practiceTwin: "rules-asked-practice", competency: "Reliability" });
const twin = makeQuestion({ id: "rules-asked-practice", title: "Practised?", audience: "practice", competency: "Reliability" });
const spare = makeQuestion({ id: "rules-spare", title: "Spare?", audience: "practice", competency: "Reliability" });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [makeSet({ slug: "rules-set", questions: [asked, twin, spare] })]);
});

describe("the bank rules in the editor, field by field", () => {
  it("accepts a question that keeps them", async () => {
    expect(await bankRuleErrors(db, asked, NOW)).toBeNull();
    expect(await bankRuleErrors(db, { ...spare, reviewed: "2026-12" }, NOW)).toBeNull();
  });

  it("puts reviewed and competency problems under those fields", async () => {
    expect(await bankRuleErrors(db, { ...spare, reviewed: "2027-01", competency: "Relability" }, NOW)).toEqual({
      reviewed: ["reviewed 2027-01 is in the future (it is 2026-12 now): write the month the question was last checked"],
      competency: ['unknown competency "Relability": did you mean "Reliability"? (add a new one to content/competencies.yaml first)'],
    });
    expect((await bankRuleErrors(db, { ...spare, reviewed: null }, NOW))?.reviewed?.[0]).toMatch(/has no "reviewed:" line/);
  });

  it("puts twin problems under the practice twin", async () => {
    const field = async (question: typeof asked) => (await bankRuleErrors(db, question, NOW))?.practiceTwin;
    expect(await field({ ...asked, practiceTwin: null })).toEqual([
      expect.stringMatching(/^interview-only question "Asked\?" has no practice twin: .*did you mean "practice-twin: rules-asked-practice"\?/),
    ]);
    expect(await field({ ...asked, practiceTwin: "rules-nowhere" })).toEqual(['practice twin "rules-nowhere" does not exist: name the id of a practice question in any set']);
    // A new interview question claiming a twin that is taken.
    expect(await field(makeQuestion({ id: "rules-new", audience: "interview", practiceTwin: "rules-asked-practice" }))).toEqual([
      expect.stringMatching(/^practice twin "rules-asked-practice" is already the twin of "rules-asked"/),
    ]);
    expect(await field(makeQuestion({ id: "rules-new", audience: "interview", practiceTwin: "rules-spare" }))).toBeUndefined();
  });

  it("refuses making a twin interview-only, under the audience, naming who needs it", async () => {
    expect(await bankRuleErrors(db, { ...twin, audience: "interview", practiceTwin: "rules-spare" }, NOW)).toEqual({
      audience: [
        '"rules-asked" names this question as its practice twin, and this question is interview-only: a twin must be practice-only or for both, so candidates can practise the concept',
      ],
    });
  });
});

describe("archiving a practice twin", () => {
  it("is refused while an interview question names it; other questions archive as before", async () => {
    expect(await archiveRefusal(db, "rules-asked-practice")).toBe(
      'Not archived: this question is the practice twin of "Asked?" (rules-asked). Give that question another twin first, or archive it too.',
    );
    expect(await archiveRefusal(db, "rules-spare")).toBeNull();
    expect(await archiveRefusal(db, "rules-asked")).toBeNull();
    await db.question.update({ where: { id: "rules-asked" }, data: { archived: true } });
    expect(await archiveRefusal(db, "rules-asked-practice")).toBeNull();
  });
});
