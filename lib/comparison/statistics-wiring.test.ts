// The statistics as the pages get them, through the real queries against PostgreSQL, on a hiring
// round with enough history for every figure to speak (tests/rating-world.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { buildRatingWorld, WORLD_QUESTIONS, type RatingWorld } from "../../tests/rating-world";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { candidateReport } from "../reports/candidate-report";
import { calibration } from "./calibration";
import { compareCandidates, type Comparison } from "./compare-candidates";
import { gStudy } from "./g-study";
import { adjustScorecard, type ScorecardRecord } from "./leniency";
import { sayPanelAgreement } from "./plain-words-agreement";

let db: Database;
let world: RatingWorld;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  world = await buildRatingWorld(db);
}, 120_000);

/** Numbers rounded to 10 significant digits, so two computations that sum in different orders compare equal. */
function closeTo(value: unknown): unknown {
  if (typeof value === "number") return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(closeTo);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeTo(v)]));
  return value;
}

/** Everything a comparison says about one candidate: ratings (raw and adjusted, per scorecard and question), roll-ups, margin, leniencies. */
function aboutCandidate(comparison: Comparison, id: string) {
  const column = comparison.candidates.findIndex((candidate) => candidate.id === id);
  const candidate = comparison.candidates[column]!;
  return {
    ratings: comparison.rows.map((row) => [row.key, row.cells[column]?.ratings.map((r) => [r.scorecardId, r.raw, r.adjusted, r.outside])]),
    overall: candidate.overall,
    precision: candidate.precision,
    sessions: candidate.sessions,
    adjustments: comparison.adjustments.filter((adjustment) => adjustment.candidateId === id),
  };
}

/** Every submitted scorecard as the pure module takes it, read straight from the tables (not through the app's queries). */
async function recordsFromTables(): Promise<ScorecardRecord[]> {
  const cards = await db.scorecard.findMany({
    where: { submittedAt: { not: null }, session: { status: { not: "CANCELLED" } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      interviewerId: true,
      submittedAt: true,
      session: { select: { candidateId: true } },
      scores: { orderBy: { sessionQuestion: { position: "asc" } }, select: { rating: true } },
    },
  });
  return cards.map((card) => ({
    scorecardId: card.id,
    interviewerId: card.interviewerId,
    candidateId: card.session.candidateId,
    submittedAt: card.submittedAt!,
    ratings: card.scores.map((s) => s.rating),
  }));
}

describe("leniency adjustment on Compare", () => {
  it("gives a candidate the same adjusted values, margin and pair verdicts whoever else is compared", async () => {
    const [a, b, c, d, target] = [0, 5, 9, 13, 20].map((i) => world.candidates[i]!.id) as [string, string, string, string, string];
    const small = (await compareCandidates(db, world.recruiter, [target, a], { adjust: true }))!;
    const large = (await compareCandidates(db, world.recruiter, [b, c, target, d, a], { adjust: true }))!;
    const reversed = (await compareCandidates(db, world.recruiter, [a, target], { adjust: true }))!;
    expect(aboutCandidate(large, target)).toEqual(aboutCandidate(small, target));
    expect(aboutCandidate(reversed, target)).toEqual(aboutCandidate(small, target));
    // Not vacuous: the ratings were adjusted, and the margin and the verdict exist.
    const mine = aboutCandidate(small, target);
    expect(mine.adjustments.map((adjustment) => adjustment.leniency.kind)).toEqual(["estimated", "estimated", "estimated"]);
    expect(mine.overall.adjusted).not.toBeNull();
    expect(mine.overall.adjusted).not.toBe(mine.overall.raw.mean);
    expect(mine.precision).toMatchObject({ kind: "standard-error" });
    const pair = (comparison: Comparison) => comparison.pairs.find((p) => [p.a, p.b].sort().join() === [a, target].sort().join())!.comparison;
    expect(pair(small)).toMatchObject({ kind: "compared" });
    expect(pair(large)).toEqual(pair(small));
  });

  it("equals the pure module's adjustment of the records in the tables, rating by rating", async () => {
    const records = await recordsFromTables();
    const comparison = (await compareCandidates(
      db,
      world.recruiter,
      world.candidates.map((c) => c.id),
      { adjust: true, max: 50 },
    ))!;
    let adjusted = 0;
    for (const record of records) {
      const expected = adjustScorecard(record, records);
      const shown = comparison.rows.flatMap((row) => row.cells.flatMap((cell) => cell?.ratings.filter((r) => r.scorecardId === record.scorecardId) ?? []));
      expect(shown.map((r) => r.adjusted)).toEqual(expected.ratings.filter((r) => r !== null).map((r) => r.adjusted));
      expect(comparison.adjustments.find((x) => x.scorecardId === record.scorecardId)!.leniency).toEqual(expected.leniency);
      if (expected.leniency.kind === "estimated") adjusted += 1;
    }
    // The first interviews have too little history; most later ones are adjusted.
    expect(adjusted).toBeGreaterThan(records.length / 2);
    expect(comparison.adjustments[0]!.leniency).toMatchObject({ kind: "not-adjusted", reason: { code: "too-short-history", scorecards: 0 } });
  });

  it("never moves an old comparison when someone is interviewed later, and names why a newcomer's ratings are shown as given", async () => {
    const target = world.candidates[18]!.id;
    // The adjusted values; the margin, from the G study of everything on the plan, rightly sharpens with every interview.
    const adjustedValues = (comparison: Comparison) => ({ ...aboutCandidate(comparison, target), precision: undefined });
    const before = adjustedValues((await compareCandidates(db, world.recruiter, [target, world.candidates[2]!.id], { adjust: true }))!);
    const newcomer = await db.user.create({ data: { email: "newcomer@test.dev", name: "Newcomer", role: "INTERVIEWER" }, select: { id: true, role: true } });
    world.interviewers.push(newcomer);
    const later = await world.interview("Later candidate", [
      { interviewer: 2, ratings: [3, 2, 3, 3] },
      { interviewer: 3, ratings: [3, 3, 3, 2] },
      { interviewer: world.interviewers.length - 1, ratings: [3, 3, 3, 3] },
    ]);
    const after = (await compareCandidates(db, world.recruiter, [target, world.candidates[2]!.id, later.id], { adjust: true }))!;
    expect(adjustedValues(after)).toEqual(before);
    const newcomerCard = after.adjustments.find((x) => x.candidateId === later.id && x.interviewer === "Newcomer")!;
    expect(newcomerCard.leniency).toEqual({ kind: "not-adjusted", reason: { code: "too-short-history", scorecards: 0, needed: 3 } });
  });

  it("leaves cancelled interviews out of every history", async () => {
    const target = world.candidates[21]!;
    const leniencyCount = async () => {
      const comparison = (await compareCandidates(db, world.recruiter, [target.id, world.candidates[0]!.id], { adjust: true }))!;
      return comparison.adjustments.filter((x) => x.candidateId === target.id).map((x) => (x.leniency.kind === "estimated" ? x.leniency.scorecards : null));
    };
    const counted = await leniencyCount();
    // Interview 3 had interviewers 3, 4 and 0; the target's panel is 3, 4 and 0 as well (21 mod 6 = 3).
    await db.interviewSession.update({ where: { id: world.candidates[3]!.sessionId }, data: { status: "CANCELLED" } });
    try {
      expect(await leniencyCount()).toEqual(counted.map((n) => (n === null ? null : n - 1)));
    } finally {
      await db.interviewSession.update({ where: { id: world.candidates[3]!.sessionId }, data: { status: "COMPLETED" } });
    }
  });

  it("reads panel agreement as r_wg(J): two interviewers never more than a point apart on a strong candidate agree closely", async () => {
    const strong = await world.interview("Strong candidate", [
      { interviewer: 1, ratings: [4, 3, 4, 4] },
      { interviewer: 2, ratings: [3, 4, 4, 3] },
    ]);
    const comparison = (await compareCandidates(db, world.recruiter, [strong.id, world.candidates[0]!.id], { adjust: false }))!;
    const agreement = comparison.candidates[0]!.sessions[0]!.agreement;
    expect(agreement).toMatchObject({ kind: "rwg", items: 4, droppedItems: 0, raters: 2, largestGap: 1 });
    expect(sayPanelAgreement(agreement)).toBe("The two interviewers agreed very closely: never more than a point apart on any of the 4 questions.");
  });
});

describe("calibration and the report on the same round", () => {
  it("studies the plan's reliability from the readable ratings and says what another interviewer would buy", async () => {
    const data = (await calibration(db, world.recruiter))!;
    const plan = data.plans.find((p) => p.plan?.id === world.planId)!;
    const ratings = await db.score.findMany({
      where: { rating: { not: null }, scorecard: { submittedAt: { not: null }, session: { planId: world.planId, status: { not: "CANCELLED" } } } },
      select: { rating: true, sessionQuestion: { select: { questionId: true } }, scorecard: { select: { interviewerId: true, session: { select: { candidateId: true } } } } },
    });
    const expected = gStudy(
      ratings.map((r) => ({
        candidateId: r.scorecard.session.candidateId,
        interviewerId: r.scorecard.interviewerId,
        questionKey: r.sessionQuestion.questionId!,
        rating: r.rating!,
      })),
    );
    // The same study to the last few bits: the app adds the ratings in another order.
    expect(closeTo(plan.g)).toEqual(closeTo(expected));
    expect(plan.g).toMatchObject({ kind: "g-study", sample: { sufficient: true } });
    expect(plan.now).toEqual({ interviewers: 3, questions: 4 });
  });

  it("analyses every question with a verdict once there are enough scorecards", async () => {
    const data = (await calibration(db, world.recruiter))!;
    for (const key of WORLD_QUESTIONS) {
      const q = data.questions.find((row) => row.questionKey === key)!;
      expect(q.timesAsked).toBeGreaterThanOrEqual(22);
      expect(q.separates.kind).toBe("verdict");
      expect(q.title).toMatch(/^World question/);
      expect(q.agreement).toMatchObject({ kind: "icc", single: { interval: { lower: expect.any(Number), upper: expect.any(Number) } } });
    }
    const first = data.interviewers.find((row) => row.id === world.interviewers[0]!.id)!;
    const last = data.interviewers.find((row) => row.id === world.interviewers[5]!.id)!;
    // The strictest and the most lenient interviewer (−0.6 and +0.6 by construction) are told apart.
    expect(first.panelDifference?.verdict).toMatchObject({ kind: "verdict", verdict: "lower" });
    expect(last.panelDifference?.verdict).toMatchObject({ kind: "verdict", verdict: "higher" });
    expect(first.leniency.kind === "estimated" && last.leniency.kind === "estimated" && first.leniency.value < 0 && last.leniency.value > 0).toBe(true);
  });

  it("gives the report the same margin and agreement as Compare for a candidate with one interview", async () => {
    const target = world.candidates[12]!.id;
    const report = (await candidateReport(db, world.recruiter, target))!;
    const comparison = (await compareCandidates(db, world.recruiter, [target, world.candidates[1]!.id], { adjust: false }))!;
    expect(report.sessions[0]!.precision).toEqual(comparison.candidates[0]!.precision);
    expect(report.sessions[0]!.agreement).toEqual(comparison.candidates[0]!.sessions[0]!.agreement);
    expect(report.sessions[0]!.composite).toBe(comparison.candidates[0]!.overall.raw.mean);
  });
});
