// Per question, over every interview that asked it: how often, how it was rated, whether it tells
// candidates apart and whether panels agree on it.
//
// Discrimination is the corrected item-total correlation (Nunnally & Bernstein 1994): across
// scorecards, the correlation of this question's rating with the mean of the OTHER questions on the
// same scorecard (the question is left out of its own total, or it would correlate with itself).
// Its 95% interval is Fisher's: tanh(atanh r ± 1.96/√(n − 3)). Agreement is ICC(1,1) over the
// interview panels that rated it, with its F-based interval (icc-intervals.ts).
//
// "Does not separate candidates": with enough scorecards, either (a) one rating value takes 80% or
// more of all ratings (a floor or ceiling: the question cannot rank people who all get a 4), or
// (b) the corrected item-total correlation is below .20, the usual line for an item that adds
// little (Ebel & Frisbie 1991).
import { iccOneWayWithInterval, type IntervalEstimate, type OneWayIccWithInterval } from "./icc-intervals";
import { Z_95 } from "./measurement-error";
import { rubricVerdict, verdictAtMinimum, type SampleVerdict } from "./verdicts";

export const MIN_SCORECARDS_FOR_QUESTION_VERDICT = 10;
export const DOMINANT_RATING_SHARE = 0.8;
export const LOW_DISCRIMINATION = 0.2;
const SCALE = { min: 1, max: 4 } as const;

export interface QuestionRating {
  questionKey: string;
  scorecardId: string;
  /** The interview: its panel is the group for the question's ICC(1,1). */
  interviewId: string;
  rating: number;
}

export type Discrimination = { kind: "estimate"; estimate: IntervalEstimate; scorecards: number } | { kind: "insufficient"; reason: string; scorecards: number };

export interface QuestionAnalytics {
  questionKey: string;
  /** Interviews in which at least one interviewer rated it. */
  timesAsked: number;
  ratings: number;
  mean: number;
  /** Sample SD (n − 1); null with one rating. */
  sd: number | null;
  floorRate: number;
  ceilingRate: number;
  /** The share of the most frequent rating value. */
  dominantShare: number;
  discrimination: Discrimination;
  agreement: OneWayIccWithInterval;
  rubric: SampleVerdict<"works" | "needs-work">;
  separates: SampleVerdict<"separates" | "does-not-separate">;
  /** Why it does not separate (empty when it does, or when there is no verdict). */
  reasons: string[];
}

export function questionAnalytics(ratings: readonly QuestionRating[]): QuestionAnalytics[] {
  for (const r of ratings) {
    if (!Number.isInteger(r.rating) || r.rating < SCALE.min || r.rating > SCALE.max)
      throw new RangeError(`questionAnalytics: rating ${r.rating} of question ${r.questionKey} is not an integer in 1..4`);
  }
  const byScorecard = groupBy(ratings, (r) => r.scorecardId);
  return [...groupBy(ratings, (r) => r.questionKey)].map(([questionKey, own]) => analyse(questionKey, own, byScorecard));
}

function analyse(questionKey: string, own: readonly QuestionRating[], byScorecard: ReadonlyMap<string, readonly QuestionRating[]>): QuestionAnalytics {
  const values = own.map((r) => r.rating);
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  const counts = new Map<number, number>();
  for (const x of values) counts.set(x, (counts.get(x) ?? 0) + 1);
  const dominantShare = Math.max(...counts.values()) / n;

  // Item vs rest of the same scorecard.
  const pairs: [number, number][] = [];
  for (const r of own) {
    const rest = (byScorecard.get(r.scorecardId) ?? []).filter((other) => other.questionKey !== questionKey);
    if (rest.length > 0) pairs.push([r.rating, rest.reduce((sum, other) => sum + other.rating, 0) / rest.length]);
  }
  const discrimination = correlationWithInterval(pairs);
  const agreement = iccOneWayWithInterval([...groupBy(own, (r) => r.interviewId).values()].map((panel) => panel.map((r) => r.rating)));

  const reasons: string[] = [];
  const separates = verdictAtMinimum(pairs.length, MIN_SCORECARDS_FOR_QUESTION_VERDICT, () => {
    if (dominantShare >= DOMINANT_RATING_SHARE) reasons.push(`${Math.round(dominantShare * 100)}% of ratings are the same value`);
    if (discrimination.kind === "estimate" && discrimination.estimate.value < LOW_DISCRIMINATION)
      reasons.push(`rating barely follows the rest of the scorecard (r = ${discrimination.estimate.value.toFixed(2)})`);
    if (discrimination.kind === "insufficient") reasons.push(discrimination.reason);
    return reasons.length > 0 ? "does-not-separate" : "separates";
  });
  return {
    questionKey,
    timesAsked: new Set(own.map((r) => r.interviewId)).size,
    ratings: n,
    mean,
    sd,
    floorRate: (counts.get(SCALE.min) ?? 0) / n,
    ceilingRate: (counts.get(SCALE.max) ?? 0) / n,
    dominantShare,
    discrimination,
    agreement,
    rubric: rubricVerdict(agreement),
    separates,
    reasons,
  };
}

/** Pearson r with Fisher's z interval; insufficient below 4 pairs (no interval exists) or without spread on either side. */
export function correlationWithInterval(pairs: readonly (readonly [number, number])[]): Discrimination {
  const n = pairs.length;
  if (n < 4) return { kind: "insufficient", reason: `${n} scorecards rated it alongside other questions; a correlation needs 4`, scorecards: n };
  const mx = pairs.reduce((sum, [x]) => sum + x, 0) / n;
  const my = pairs.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (sxx === 0 || syy === 0)
    return { kind: "insufficient", reason: sxx === 0 ? "every scorecard gave it the same rating" : "the rest of every scorecard averaged the same", scorecards: n };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  if (Math.abs(r) === 1) return { kind: "estimate", estimate: { value: r, interval: null, why: "a perfect correlation has no Fisher interval" }, scorecards: n };
  const z = Math.atanh(r);
  const half = Z_95 / Math.sqrt(n - 3);
  return { kind: "estimate", estimate: { value: r, interval: { lower: Math.tanh(z - half), upper: Math.tanh(z + half) } }, scorecards: n };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
