import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { scoredInterview } from "../scoring/scored-interview";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { compareCandidates } from "./compare-candidates";
import { listComparableCandidates } from "./suggestions";

let db: Database;
let recruiter: Viewer;
let strict: Viewer;
let lenient: Viewer;
let outsider: Viewer;
let candidateUser: Viewer;
const ids: Record<"ann" | "ben" | "cat", string> = { ann: "", ben: "", cat: "" };

const user = (email: string, role: Role) => db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true } });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  recruiter = await user("recruiter@test.dev", "RECRUITER");
  strict = await user("strict@test.dev", "INTERVIEWER");
  lenient = await user("lenient@test.dev", "INTERVIEWER");
  outsider = await user("outsider@test.dev", "INTERVIEWER");
  candidateUser = await user("candidate@test.dev", "CANDIDATE");
  await seedQuestionBank(db, [
    makeSet({
      slug: "compare-set",
      questions: [makeQuestion({ id: "cmp-1", competency: "Networking" }), makeQuestion({ id: "cmp-2", competency: "Networking" }), makeQuestion({ id: "cmp-3", competency: "Security" })],
    }),
    makeSet({ slug: "short-set", questions: [makeQuestion({ id: "cmp-1b", competency: "Security" })] }),
  ]);
  for (const name of ["ann", "ben", "cat"] as const) ids[name] = (await db.candidate.create({ data: { name, position: "SRE" } })).id;
  // Ann: strict 2,2,3 and lenient 4,3,4. Ben: strict 1,2,2 and lenient 4,4,3. Cat: a different set, strict only.
  await scoredInterview(db, recruiter, { candidateId: ids.ann, fromSet: "compare-set", panel: [{ viewer: strict, ratings: [2, 2, 3], recommendation: "YES" }, { viewer: lenient, ratings: [4, 3, 4], recommendation: "STRONG_YES" }] });
  await scoredInterview(db, recruiter, { candidateId: ids.ben, fromSet: "compare-set", panel: [{ viewer: strict, ratings: [1, 2, 2], recommendation: "NO" }, { viewer: lenient, ratings: [4, 4, 3], recommendation: "YES" }] });
  await scoredInterview(db, recruiter, { candidateId: ids.cat, fromSet: "short-set", panel: [{ viewer: strict, ratings: [3] }, { viewer: outsider, ratings: [4], draft: true }] });
});

describe("compareCandidates", () => {
  it("lays out every interviewer's rating per question and candidate, with mean and spread", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { normalise: false }))!;
    expect(comparison.candidates.map((c) => c.name)).toEqual(["ann", "ben"]);
    const first = comparison.rows.find((row) => row.key === "cmp-1")!;
    expect(first.cells[0]!.ratings.map((r) => r.raw)).toEqual([2, 4]);
    expect(first.cells[0]!.spread).toMatchObject({ n: 2, mean: 3, min: 2, max: 4 });
    expect(first.cells[0]!.spread.sd).toBeCloseTo(Math.SQRT2, 6);
    expect(first.cells[1]!.spread.mean).toBe(2.5);
  });

  it("rolls up per competency and overall, tallies recommendations and averages the composites", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { normalise: false }))!;
    const networking = comparison.competencies.find((c) => c.name === "Networking")!;
    expect(networking.perCandidate.map((s) => s.mean)).toEqual([11 / 4, 11 / 4]);
    expect(comparison.candidates[0]!.overall.mean).toBeCloseTo(18 / 6, 6);
    expect(comparison.candidates[0]!.recommendations).toEqual({ STRONG_NO: 0, NO: 0, YES: 1, STRONG_YES: 1 });
    // Ann's composites: strict (2+2+3)/3 = 2.33, lenient (4+3+4)/3 = 3.67 → mean 3.00.
    expect(comparison.candidates[0]!.composite).toBe(3);
  });

  it("shows questions asked to only some candidates as not asked, never as zero", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.cat], { normalise: false }))!;
    expect(comparison.rows.find((row) => row.key === "cmp-1")!.cells[1]).toBeNull();
    expect(comparison.rows.find((row) => row.key === "cmp-1b")!.cells[0]).toBeNull();
    // Only submitted scorecards count: the outsider's draft on Cat is not there.
    expect(comparison.rows.find((row) => row.key === "cmp-1b")!.cells[1]!.ratings.map((r) => r.raw)).toEqual([3]);
  });

  it("normalises each rating against its interviewer's own history", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { normalise: true }))!;
    const first = comparison.rows.find((row) => row.key === "cmp-1")!;
    const [strictOnAnn, lenientOnAnn] = first.cells[0]!.ratings;
    // Strict's history 2,2,3,1,2,2,3 (mean 2.14); a 2 from strict is about average for strict,
    // a 4 from lenient (history 4,3,4,4,4,3, mean 3.67) is just above average for lenient: once
    // normalised they are much closer than the raw 2 and 4.
    expect(strictOnAnn!.normalised).not.toBeNull();
    expect(Math.abs(lenientOnAnn!.normalised! - strictOnAnn!.normalised!)).toBeLessThan(1);
    expect(comparison.normalised).toBe(true);
  });

  it("reports panel agreement per interview", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { normalise: false }))!;
    expect(comparison.candidates[0]!.sessions[0]!.agreement).toMatchObject({ method: "kappa", targets: 3, raters: 2 });
  });

  it("lets interviewers compare only candidates of interviews they submitted a scorecard for", async () => {
    const forOutsider = (await compareCandidates(db, outsider, [ids.ann, ids.ben, ids.cat], { normalise: false }))!;
    expect(forOutsider.candidates).toEqual([]); // on Cat's panel, but never submitted
    const forStrict = (await compareCandidates(db, strict, [ids.ann, ids.cat], { normalise: false }))!;
    expect(forStrict.candidates.map((c) => c.name)).toEqual(["ann", "cat"]);
    expect(await compareCandidates(db, candidateUser, [ids.ann, ids.ben], { normalise: false })).toBeNull();
  });
});

describe("listComparableCandidates", () => {
  it("suggests candidates interviewed for the same position", async () => {
    const { candidates, suggestions } = await listComparableCandidates(db, recruiter);
    expect(candidates.map((c) => c.name)).toEqual(["ann", "ben", "cat"]);
    expect(suggestions).toEqual([{ label: "Position “SRE”", candidateIds: expect.arrayContaining([ids.ann, ids.ben, ids.cat]) }]);
    expect((await listComparableCandidates(db, outsider)).candidates).toEqual([]);
  });
});
