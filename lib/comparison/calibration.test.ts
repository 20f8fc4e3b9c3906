import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { scoredInterview } from "../scoring/scored-interview";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { calibration } from "./calibration";

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
  it("measures each interviewer against the rest of the panel and counts recommendation disagreements", async () => {
    const data = (await calibration(db, recruiter))!;
    const [lenientRow, strictRow] = data.interviewers;
    expect(strictRow).toMatchObject({ name: "strict", scorecards: 4, coRated: 8 });
    // strict − lenient over the 8 co-rated questions: 0+3+0−3+0+3+0−3 = 0 → leniency 0 each way.
    expect(strictRow!.leniency).toBeCloseTo(0, 6);
    expect(lenientRow!.leniency).toBeCloseTo(0, 6);
    // "No" over strict's composites 2.5, 2, 4 and 1.5: against it twice (2.5 and 4 lean yes).
    expect(strictRow!.disagreementRate).toBe(0.5);
  });

  it("finds the question whose rubric gets panels to agree, and flags the one that does not", async () => {
    const data = (await calibration(db, recruiter))!;
    const agreed = data.questions.find((q) => q.key === "agreed")!;
    const contested = data.questions.find((q) => q.key === "contested")!;
    expect(agreed).toMatchObject({ uses: 4, flagged: false, agreement: { kind: "icc", value: 1, band: "excellent" } });
    expect(contested.flagged).toBe(true);
    expect(data.questions[0]!.key).toBe("contested");
  });

  it("is for recruiters and admins only", async () => {
    expect(await calibration(db, strict)).toBeNull();
  });
});
