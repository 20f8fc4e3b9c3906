// Calibration: how each interviewer rates (against their panels, and the leniency Compare adjusts
// for), what every question does (question-analytics.ts), and how reliable each plan's composites
// are (g-study.ts) with what more interviewers or questions would buy. For recruiters and admins,
// from the submitted scorecards they may read (lib/scoring/visibility.ts): an interview whose panel
// they sit on and have not submitted for yet is left out entirely, so a colleague's scorecard there
// moves no figure. One read of every readable rating (rating-records.ts), then arithmetic.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { canCalibrate } from "./access";
import { describe, type Spread } from "./describe";
import { studyOf } from "./compare-precision";
import type { GStudy } from "./g-study";
import type { IntervalEstimate } from "./icc-intervals";
import { historyBefore, leniencyOf, type Leniency, type ScorecardMean } from "./leniency";
import { questionAnalytics, type QuestionAnalytics } from "./question-analytics";
import { ratingsOf, readScopedScorecards, type ScopedRating, type ScopedScorecard } from "./rating-records";
import { meanWithInterval, wilsonInterval } from "./simple-intervals";
import { digestOf, memoised } from "./statistics-cache";
import { verdictAtMinimum, type SampleVerdict } from "./verdicts";

/** Below 5 interviews shared with colleagues, "rates above their panels" is mostly which candidates they met. */
export const MIN_SCORECARDS_FOR_PANEL_DIFFERENCE = 5;

export interface InterviewerCalibration {
  id: string;
  name: string;
  scorecards: number;
  ratings: Spread;
  /** Mean over scorecards of (own rating − the rest of the panel's mean) on co-rated questions: > 0 rates higher. Null when never co-rated. */
  panelDifference: (IntervalEstimate & { n: number; verdict: SampleVerdict<"higher" | "lower" | "no-difference"> }) | null;
  /** The leniency Compare would subtract from a scorecard submitted now (every readable scorecard counts). */
  leniency: Leniency;
  disagreements: { count: number; of: number; interval: { lower: number; upper: number } | null };
}

export interface QuestionCalibration extends QuestionAnalytics {
  title: string;
}

export interface PlanReliability {
  key: string;
  /** null: the interviews built without a plan. */
  plan: { id: string; name: string } | null;
  g: GStudy;
  /** The design as run (rounded harmonic means per candidate), for the decision study's sentence. */
  now: { interviewers: number; questions: number } | null;
}

export interface Calibration {
  interviewers: InterviewerCalibration[];
  questions: QuestionCalibration[];
  plans: PlanReliability[];
}

export async function calibration(db: Database, viewer: Viewer): Promise<Calibration | null> {
  if (!canCalibrate(viewer)) return null;
  const scorecards = await readScopedScorecards(db, viewer, { kind: "all" });
  const interviewerIds = [...new Set(scorecards.map((card) => card.interviewerId))];
  // The figures depend only on the readable set (names and titles, read fresh below, can be edited).
  const figures = memoised(`calibration:${digestOf(scorecards)}`, () => {
    const ratings = ratingsOf(scorecards);
    return {
      interviewers: interviewerFigures(scorecards, ratings),
      questions: questionAnalytics(ratings.map((r) => ({ questionKey: r.questionKey, scorecardId: r.scorecardId, interviewId: r.sessionId, rating: r.rating }))),
    };
  });
  const keys = figures.questions.map((q) => q.questionKey);
  const bankKeys = keys.filter((key) => !key.startsWith("custom:"));
  const customIds = keys.filter((key) => key.startsWith("custom:")).map((key) => key.slice("custom:".length));
  const planIds = [...new Set(scorecards.flatMap((card) => (card.planId ? [card.planId] : [])))];
  const [people, bank, custom, planRows] = await Promise.all([
    db.user.findMany({ where: { id: { in: interviewerIds } }, select: { id: true, name: true, email: true } }),
    db.question.findMany({ where: { id: { in: bankKeys } }, select: { id: true, title: true } }),
    db.sessionQuestion.findMany({ where: { id: { in: customIds } }, select: { id: true, snapshot: true } }),
    db.interviewPlan.findMany({ where: { id: { in: planIds } }, select: { id: true, name: true } }),
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.name ?? person.email]));
  const titleOf = new Map([...bank.map((q) => [q.id, q.title] as const), ...custom.map((q) => [`custom:${q.id}`, readAskedQuestion(q.snapshot).title] as const)]);

  const planNames = new Map(planRows.map((plan) => [plan.id, plan.name]));
  return {
    interviewers: figures.interviewers.map((row) => ({ ...row, name: nameOf.get(row.id) ?? "Unknown" })).sort((a, b) => a.name.localeCompare(b.name)),
    questions: figures.questions
      .map((q) => ({ ...q, title: titleOf.get(q.questionKey) ?? q.questionKey }))
      .sort((a, b) => concern(b) - concern(a) || b.timesAsked - a.timesAsked || a.title.localeCompare(b.title)),
    plans: planReliability(scorecards, planNames),
  };
}

/** Questions with a verdict against them first: they are what the page is for. */
function concern(q: QuestionAnalytics) {
  return Number(q.separates.kind === "verdict" && q.separates.verdict === "does-not-separate") + Number(q.rubric.kind === "verdict" && q.rubric.verdict === "needs-work");
}

function interviewerFigures(scorecards: readonly ScopedScorecard[], ratings: readonly ScopedRating[]): Omit<InterviewerCalibration, "name">[] {
  // Ratings per interview and question, for "own rating − the rest of the panel's mean".
  const byItem = new Map<string, ScopedRating[]>();
  const byCard = new Map<string, ScopedRating[]>();
  for (const r of ratings) {
    const item = `${r.sessionId}\u0000${r.questionKey}`;
    push(byItem, item, r);
    push(byCard, r.scorecardId, r);
  }
  const means: ScorecardMean[] = scorecards.map((card) => {
    const own = byCard.get(card.id) ?? [];
    return {
      interviewerId: card.interviewerId,
      candidateId: card.candidateId,
      submittedAt: card.submittedAt,
      mean: own.length ? own.reduce((sum, r) => sum + r.rating, 0) / own.length : null,
    };
  });
  // Every readable scorecard counts: a target no scorecard belongs to, submitted after all of them.
  const histories = historyBefore({ candidateId: "", submittedAt: new Date(8.64e15) }, means);

  const rows = new Map<string, { cards: number; disagreements: number; ratings: number[]; differences: number[] }>();
  for (const card of scorecards) {
    const row = rows.get(card.interviewerId) ?? { cards: 0, disagreements: 0, ratings: [], differences: [] };
    row.cards += 1;
    if (card.disagreement) row.disagreements += 1;
    const deltas: number[] = [];
    for (const r of byCard.get(card.id) ?? []) {
      row.ratings.push(r.rating);
      const others = (byItem.get(`${r.sessionId}\u0000${r.questionKey}`) ?? []).filter((other) => other.scorecardId !== card.id);
      if (others.length > 0) deltas.push(r.rating - others.reduce((sum, other) => sum + other.rating, 0) / others.length);
    }
    // One value per scorecard: its questions share a candidate, so they are not independent evidence.
    if (deltas.length > 0) row.differences.push(deltas.reduce((a, b) => a + b, 0) / deltas.length);
    rows.set(card.interviewerId, row);
  }
  return [...rows.entries()].map(([id, row]) => {
    const estimate = row.differences.length ? meanWithInterval(row.differences) : null;
    return {
      id,
      scorecards: row.cards,
      ratings: describe(row.ratings),
      panelDifference: estimate && { ...estimate, verdict: verdictAtMinimum(estimate.n, MIN_SCORECARDS_FOR_PANEL_DIFFERENCE, () => direction(estimate)) },
      leniency: leniencyOf(id, histories),
      disagreements: { count: row.disagreements, of: row.cards, interval: row.cards ? wilsonInterval(row.disagreements, row.cards) : null },
    };
  });
}

/** The interval decides; without one (no spread), the sign of the mean does. */
function direction(estimate: IntervalEstimate): "higher" | "lower" | "no-difference" {
  const { lower, upper } = estimate.interval ?? { lower: estimate.value, upper: estimate.value };
  return lower > 0 ? "higher" : upper < 0 ? "lower" : "no-difference";
}

function planReliability(all: readonly ScopedScorecard[], planNames: ReadonlyMap<string, string>): PlanReliability[] {
  const planIds = [...new Set(all.map((card) => card.planId))];
  return planIds
    .map((planId) => {
      const g = studyOf(planId === null ? { kind: "no-plan" } : { kind: "plan", planId }, all);
      const now =
        g.kind === "g-study"
          ? { interviewers: Math.max(1, Math.round(g.design.interviewersPerCandidate)), questions: Math.max(1, Math.round(g.design.questionsPerCandidate)) }
          : null;
      const plan = planId === null ? null : { id: planId, name: planNames.get(planId) ?? "Unnamed plan" };
      return { key: planId ?? "no-plan", plan, g, now };
    })
    .sort((a, b) => (b.g.kind === "g-study" ? b.g.design.candidates : b.g.candidates) - (a.g.kind === "g-study" ? a.g.design.candidates : a.g.candidates));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
