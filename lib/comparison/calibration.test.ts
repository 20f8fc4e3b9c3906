import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { scoredInterview } from "../scoring/scored-interview";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { calibration } from "./calibration";
import { sayRubricAgreement } from "./plain-words-agreement";

let db: Database;
let recruiter: Viewer;
let strict: Viewer;
let lenient: Viewer;

const user = (email: string, role: Role) => db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true } });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  recruiter = await user("recruiter@test.dev", "RECRUITER");
  strict = await user("strict@test.dev", "INTERVIEWER");
  lenient = await user("lenient@test.dev", "INTERVIEWER");
  await seedQuestionBank(db, [makeSet({ slug: "cal-set", questions: [makeQuestion({ id: "agreed" }), makeQuestion({ id: "contested" })] })]);
  // "agreed": the panel gives the same rating each time, and candidates differ. "contested": the
  // two interviewers are far apart every time.
  const panels: [number, number, number, number][] = [
    [1, 4, 1, 1],
    [3, 1, 3, 4],
    [4, 4, 4, 1],
    [2, 1, 2, 4],
  ];
  for (const [index, [strictAgreed, strictContested, lenientAgreed, lenientContested]] of panels.entries()) {
    const candidateId = (await db.candidate.create({ data: { name: `c${index}` } })).id;
    await scoredInterview(db, recruiter, {
      candidateId,
      fromSet: "cal-set",
      panel: [
        { viewer: strict, ratings: [strictAgreed, strictContested], recommendation: "NO" },
        { viewer: lenient, ratings: [lenientAgreed, lenientContested] },
      ],
    });
  }
});

describe("calibration", () => {
  it("measures each interviewer against the rest of the panel, with n, and gives no verdict from 4 interviews", async () => {
    const data = (await calibration(db, recruiter))!;
    const [lenientRow, strictRow] = data.interviewers;
    expect(strictRow).toMatchObject({ name: "strict", scorecards: 4 });
    // strict − lenient per interview: (0 + 3)/2, (0 − 3)/2, (0 + 3)/2, (0 − 3)/2 → mean 0 over 4 interviews, below the minimum of 5.
    expect(strictRow!.panelDifference).toMatchObject({ n: 4, verdict: { kind: "too-few", n: 4, needed: 1 } });
    expect(strictRow!.panelDifference!.value).toBeCloseTo(0, 12);
    expect(lenientRow!.panelDifference!.value).toBeCloseTo(0, 12);
    // Two interviewers cannot show who is lenient: the reason is named.
    expect(strictRow!.leniency).toMatchObject({ kind: "not-adjusted", reason: { code: "pool-too-small", interviewers: 2 } });
  });

  it("counts recommendations that went against the composite, with Wilson's interval", async () => {
    const data = (await calibration(db, recruiter))!;
    const strictRow = data.interviewers.find((row) => row.name === "strict")!;
    // "No" over strict's composites 2.5, 2, 4 and 1.5: against it twice (2.5 and 4 lean yes).
    expect(strictRow.disagreements).toMatchObject({ count: 2, of: 4 });
    expect(strictRow.disagreements.interval!.lower).toBeCloseTo(0.15, 2);
    expect(strictRow.disagreements.interval!.upper).toBeCloseTo(0.85, 2);
  });

  it("gives every question its figures and intervals, but no verdict from 4 interviews (the issue's 'needs work' from 3)", async () => {
    const data = (await calibration(db, recruiter))!;
    const agreed = data.questions.find((q) => q.questionKey === "agreed")!;
    const contested = data.questions.find((q) => q.questionKey === "contested")!;
    expect(agreed).toMatchObject({ timesAsked: 4, ratings: 8, agreement: { kind: "icc", single: { value: 1 } }, rubric: { kind: "too-few", n: 4, needed: 6 } });
    expect(contested).toMatchObject({ timesAsked: 4, rubric: { kind: "too-few", n: 4 }, separates: { kind: "too-few", n: 8 } });
    // Every panel split 4 / 1 (mean 2.5): nothing separates the interviews, which the page says instead of a number.
    expect(contested.agreement).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("same mean rating") });
    expect(sayRubricAgreement(contested.agreement, contested.rubric)).toBe(
      "Not enough to judge this question's rubric yet: every panel gave the same mean rating: nothing separates the targets; about 6 more interviews are needed.",
    );
    expect(contested.title).toMatch(/^Question number/);
  });

  it("studies the reliability of the interviews built without a plan, as a first look", async () => {
    const data = (await calibration(db, recruiter))!;
    expect(data.plans).toHaveLength(1);
    expect(data.plans[0]).toMatchObject({
      key: "no-plan",
      plan: null,
      g: { kind: "g-study", sample: { sufficient: false, candidates: 4, needed: 16 } },
      now: { interviewers: 2, questions: 2 },
    });
  });

  it("is for recruiters and admins only", async () => {
    expect(await calibration(db, strict)).toBeNull();
  });
});
