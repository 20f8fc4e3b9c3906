// Agreement within one interview: several interviewers rate one candidate on several questions.
// That is the design r_wg(J) was built for (James, Demaree & Wolf 1984, "Estimating within-group
// interrater reliability with and without response bias", J. Applied Psychology 69(1), eq. 3):
//
//   r_wg(J) = J(1 − s̄²/σ²_EU) / (J(1 − s̄²/σ²_EU) + s̄²/σ²_EU)
//
// s̄² is the mean over the J questions of the variance of the panel's ratings of that question, and
// σ²_EU = (A² − 1)/12 the variance if A-point ratings were given at random (uniform null; 1.25 on
// our 4-point scale). It is the same statistic for 2 interviewers or 6, and unlike an ICC it does not
// need the candidate's answers to differ between questions: two interviewers one point apart on
// every question of a strong candidate agree closely, and r_wg(J) says so.
//
// When s̄² ≥ σ²_EU the panel disagreed as much as random ratings would; r_wg(J) is then set to 0,
// as James et al. (1984) recommend and LeBreton & Senter (2008) repeat (the formula would give a
// negative or above-1 value there). The mean absolute deviation AD_M(J) (Burke, Finkelstein & Dusig
// 1999) and the largest gap are returned as well: they are what the plain-words sentence quotes.
import { percentileBootstrap, type BootstrapOptions } from "./bootstrap";
import type { IntervalEstimate } from "./icc-intervals";

export const RATING_POINTS = 4;
/** Below 3 questions rated by 2 or more interviewers there is too little to call agreement strong or weak. */
export const MIN_ITEMS_FOR_RWG = 3;
/** Below 5 questions a bootstrap over questions has too few distinct resamples for an interval. */
export const MIN_ITEMS_FOR_RWG_INTERVAL = 5;

/** σ²_EU = (A² − 1)/12: the variance of a discrete uniform distribution on A points. */
export function uniformNullVariance(points: number): number {
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`uniformNullVariance: needs an integer number of scale points ≥ 2 (got ${points})`);
  return (points ** 2 - 1) / 12;
}

/** LeBreton & Senter (2008), Table 3: .00–.30 lack of agreement, .31–.50 weak, .51–.70 moderate, .71–.90 strong, .91–1.00 very strong. */
export type RwgBand = "none" | "weak" | "moderate" | "strong" | "very strong";

export function rwgBand(value: number): RwgBand {
  if (Number.isNaN(value)) throw new RangeError("rwgBand: value is NaN");
  if (value <= 0.3) return "none";
  if (value <= 0.5) return "weak";
  if (value <= 0.7) return "moderate";
  if (value <= 0.9) return "strong";
  return "very strong";
}

export type RwgResult =
  | {
      kind: "rwg";
      estimate: IntervalEstimate;
      band: RwgBand;
      /** J: questions rated by at least 2 interviewers (only these count). */
      items: number;
      /** Questions left out because fewer than 2 interviewers rated them. */
      droppedItems: number;
      /** Ratings used (the ratings of dropped questions are not counted). */
      ratings: number;
      /** The most interviewers who rated any one question. */
      raters: number;
      /** s̄²: the mean over questions of the panel's variance (divisor n − 1). */
      meanItemVariance: number;
      nullVariance: number;
      /** True when s̄² ≥ σ²_EU and r_wg(J) was set to 0. */
      truncated: boolean;
      /** AD_M(J): mean over questions of the mean absolute deviation from that question's mean rating. */
      averageDeviation: number;
      /** The largest max − min on any one question. */
      largestGap: number;
      /** Questions on which every interviewer gave the same rating. */
      identicalItems: number;
    }
  | { kind: "insufficient"; reason: string; items: number; droppedItems: number; ratings: number };

/**
 * r_wg(J) for one interview. `matrix`: rows = questions, columns = interviewers, null = not rated.
 * Missing ratings: each question uses the interviewers who rated it; a question rated by fewer than 2 is
 * dropped and counted (`droppedItems`). Ratings must be integers 1..points.
 */
export function rwgJ(matrix: readonly (readonly (number | null)[])[], points: number = RATING_POINTS, options: BootstrapOptions = {}): RwgResult {
  const nullVariance = uniformNullVariance(points);
  const items: number[][] = [];
  let droppedItems = 0;
  for (const row of matrix) {
    const given = row.filter((cell): cell is number => cell !== null);
    for (const rating of given) {
      if (!Number.isInteger(rating) || rating < 1 || rating > points) throw new RangeError(`rwgJ: rating ${rating} is not an integer in 1..${points}`);
    }
    if (given.length >= 2) items.push(given);
    else droppedItems++;
  }
  const ratings = items.reduce((sum, item) => sum + item.length, 0);
  if (items.length < MIN_ITEMS_FOR_RWG) {
    return {
      kind: "insufficient",
      reason: `only ${items.length} question${items.length === 1 ? " was" : "s were"} rated by two or more interviewers; agreement needs ${MIN_ITEMS_FOR_RWG}`,
      items: items.length,
      droppedItems,
      ratings,
    };
  }
  const variances = items.map(sampleVariance);
  const value = rwgFromVariances(variances, nullVariance);
  const boot =
    items.length >= MIN_ITEMS_FOR_RWG_INTERVAL
      ? percentileBootstrap(
          items.length,
          (indices) => {
            let sum = 0;
            for (const i of indices) sum += variances[i]!;
            return rwgFromMeanVariance(sum / indices.length, indices.length, nullVariance);
          },
          options,
        )
      : null;
  const meanItemVariance = mean(variances);
  return {
    kind: "rwg",
    estimate: boot
      ? { value, interval: boot.interval, ...(boot.why ? { why: boot.why } : {}) }
      : { value, interval: null, why: `only ${items.length} questions; an interval needs at least ${MIN_ITEMS_FOR_RWG_INTERVAL}` },
    band: rwgBand(value),
    items: items.length,
    droppedItems,
    ratings,
    raters: Math.max(...items.map((item) => item.length)),
    meanItemVariance,
    nullVariance,
    truncated: meanItemVariance >= nullVariance,
    averageDeviation: mean(items.map((item) => mean(item.map((x) => Math.abs(x - mean(item)))))),
    largestGap: Math.max(...items.map((item) => Math.max(...item) - Math.min(...item))),
    identicalItems: items.filter((item) => item.every((x) => x === item[0])).length,
  };
}

/** r_wg(J) from the per-question variances; 0 when their mean reaches the null variance. */
export function rwgFromVariances(variances: readonly number[], nullVariance: number): number {
  return rwgFromMeanVariance(mean(variances), variances.length, nullVariance);
}

function rwgFromMeanVariance(meanVariance: number, items: number, nullVariance: number): number {
  const ratio = meanVariance / nullVariance;
  if (ratio >= 1) return 0;
  return (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
}

function sampleVariance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, x) => sum + (x - m) ** 2, 0) / (values.length - 1);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}
