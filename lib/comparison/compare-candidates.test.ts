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
      questions: [
        makeQuestion({ id: "cmp-1", competency: "Networking" }),
        makeQuestion({ id: "cmp-2", competency: "Networking" }),
        makeQuestion({ id: "cmp-3", competency: "Security" }),
      ],
    }),
    makeSet({ slug: "short-set", questions: [makeQuestion({ id: "cmp-1b", competency: "Security" })] }),
  ]);
  for (const name of ["ann", "ben", "cat"] as const) ids[name] = (await db.candidate.create({ data: { name, position: "SRE" } })).id;
  // Ann: strict 2,2,3 and lenient 4,3,4. Ben: strict 1,2,2 and lenient 4,4,3. Cat: a different set, strict only.
  await scoredInterview(db, recruiter, {
    candidateId: ids.ann,
    fromSet: "compare-set",
    panel: [
      { viewer: strict, ratings: [2, 2, 3], recommendation: "YES" },
      { viewer: lenient, ratings: [4, 3, 4], recommendation: "STRONG_YES" },
    ],
  });
  await scoredInterview(db, recruiter, {
    candidateId: ids.ben,
    fromSet: "compare-set",
    panel: [
      { viewer: strict, ratings: [1, 2, 2], recommendation: "NO" },
      { viewer: lenient, ratings: [4, 4, 3], recommendation: "YES" },
    ],
  });
  await scoredInterview(db, recruiter, {
    candidateId: ids.cat,
    fromSet: "short-set",
    panel: [
      { viewer: strict, ratings: [3] },
      { viewer: outsider, ratings: [4], draft: true },
    ],
  });
});

describe("compareCandidates", () => {
  it("lays out every interviewer's rating per question and candidate, with mean and spread", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { adjust: false }))!;
    expect(comparison.candidates.map((c) => c.name)).toEqual(["ann", "ben"]);
    const first = comparison.rows.find((row) => row.key === "cmp-1")!;
    expect(first.cells[0]!.ratings.map((r) => r.raw)).toEqual([2, 4]);
    expect(first.cells[0]!.summary.raw).toMatchObject({ n: 2, mean: 3, min: 2, max: 4 });
    expect(first.cells[0]!.summary.raw.sd).toBeCloseTo(Math.SQRT2, 6);
    expect(first.cells[1]!.summary.raw.mean).toBe(2.5);
  });

  it("rolls up per competency and overall (the composite: the mean of every rating) and tallies recommendations", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { adjust: false }))!;
    const networking = comparison.competencies.find((c) => c.name === "Networking")!;
    expect(networking.perCandidate.map((s) => s.raw.mean)).toEqual([11 / 4, 11 / 4]);
    // Ann: strict 2, 2, 3 and lenient 4, 3, 4 → 18 / 6.
    expect(comparison.candidates[0]!.overall.raw.mean).toBeCloseTo(18 / 6, 12);
    expect(comparison.candidates[0]!.recommendations).toEqual({ STRONG_NO: 0, NO: 0, YES: 1, STRONG_YES: 1 });
    // Not adjusted: no adjusted values, nothing said about leniency.
    expect(comparison.candidates[0]!.overall.adjusted).toBeNull();
    expect(comparison.adjustments).toEqual([]);
  });

  it("shows questions asked to only some candidates as not asked, never as zero", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.cat], { adjust: false }))!;
    expect(comparison.rows.find((row) => row.key === "cmp-1")!.cells[1]).toBeNull();
    expect(comparison.rows.find((row) => row.key === "cmp-1b")!.cells[0]).toBeNull();
    // Only submitted scorecards count: the outsider's draft on Cat is not there.
    expect(comparison.rows.find((row) => row.key === "cmp-1b")!.cells[1]!.ratings.map((r) => r.raw)).toEqual([3]);
  });

  it("shows every rating as given, with the named reason, while the record is too short to tell leniency from luck", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { adjust: true }))!;
    expect(comparison.adjusted).toBe(true);
    // Two interviewers, a handful of scorecards: every adjustment names why it was not made, and nothing is averaged across scales.
    expect(comparison.adjustments.map((a) => a.leniency.kind === "not-adjusted" && a.leniency.reason.code)).toEqual([
      "too-short-history",
      "too-short-history",
      "too-short-history",
      "too-short-history",
    ]);
    expect(comparison.rows.flatMap((row) => row.cells.flatMap((cell) => cell?.ratings.map((r) => r.adjusted) ?? []))).toEqual(Array(12).fill(null));
    expect(comparison.candidates.map((c) => c.overall)).toMatchObject([
      { adjusted: null, notAdjusted: 6 },
      { adjusted: null, notAdjusted: 6 },
    ]);
  });

  it("says how far a composite could be off only when the plan's G study has its sample, and how many more candidates are needed", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { adjust: false }))!;
    expect(comparison.candidates[0]!.precision).toMatchObject({ kind: "not-yet", candidates: 3, needed: 17, scope: { key: "no-plan" } });
    expect(comparison.pairs).toMatchObject([{ a: ids.ann, b: ids.ben, comparison: { kind: "too-few", candidates: 3, needed: 17 } }]);
  });

  it("reports panel agreement per interview as r_wg(J), with the questions it used", async () => {
    const comparison = (await compareCandidates(db, recruiter, [ids.ann, ids.ben], { adjust: false }))!;
    // Ann: 2 vs 4, 2 vs 3, 3 vs 4 → variances 2, 0.5, 0.5, s̄² = 1, σ²_EU = 1.25: r_wg(3) = 3(0.2)/(3(0.2) + 0.8) = 3/7.
    const agreement = comparison.candidates[0]!.sessions[0]!.agreement;
    expect(agreement).toMatchObject({ kind: "rwg", items: 3, droppedItems: 0, raters: 2, largestGap: 2 });
    if (agreement.kind === "rwg") expect(agreement.estimate.value).toBeCloseTo(3 / 7, 12);
  });

  it("lets interviewers compare only candidates of interviews they submitted a scorecard for", async () => {
    const forOutsider = (await compareCandidates(db, outsider, [ids.ann, ids.ben, ids.cat], { adjust: false }))!;
    expect(forOutsider.candidates).toEqual([]); // on Cat's panel, but never submitted
    const forStrict = (await compareCandidates(db, strict, [ids.ann, ids.cat], { adjust: false }))!;
    expect(forStrict.candidates.map((c) => c.name)).toEqual(["ann", "cat"]);
    expect(await compareCandidates(db, candidateUser, [ids.ann, ids.ben], { adjust: false })).toBeNull();
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
