// No verdict without the evidence for one. Every judgement the pages make ("rubric needs work",
// "agreement poor") goes through here: below the statistic's minimum sample the answer is the
// sample size and how many more are needed; above it, a verdict only where the 95% interval
// lies on one side of the line.
import { projectedOneWayInterval, type OneWayIccWithInterval } from "./icc-intervals";

/**
 * Below 10 panels the ICC(1,1) interval is too wide to say much about a rubric: at an observed ICC of .5 with
 * 3 interviewers it is [−.18, .98] for 3 panels, [−.04, .92] for 5, [.12, .82] for 10 and [.23, .74] for 20
 * (projectedOneWayInterval, measured). Above it, the interval itself decides (see rubricVerdict).
 */
export const MIN_PANELS_FOR_RUBRIC_VERDICT = 10;
/** Koo & Li's (2016) line between poor and moderate agreement, which the calibration page has always used. */
export const RUBRIC_THRESHOLD = 0.5;
/** Beyond this many interviews we say "not within any foreseeable number" rather than a count. */
export const MAX_PROJECTED_PANELS = 2000;

export type SampleVerdict<V extends string> =
  | { kind: "verdict"; verdict: V; n: number }
  /** Below the minimum: `needed` more (at least) before a verdict is possible. */
  | { kind: "too-few"; n: number; minimum: number; needed: number }
  /** Enough to compute, but the interval straddles the line: `needed` more would settle it if the pattern held (null: not within MAX_PROJECTED_PANELS). */
  | { kind: "undecided"; n: number; needed: number | null };

/** A verdict that only needs a minimum sample (its statistic has no interval, or its bands are read off the estimate). */
export function verdictAtMinimum<V extends string>(n: number, minimum: number, verdict: () => V): SampleVerdict<V> {
  return n < minimum ? { kind: "too-few", n, minimum, needed: minimum - n } : { kind: "verdict", verdict: verdict(), n };
}

/** "needs-work" when the whole interval is below .5, "works" when it is at or above; otherwise undecided. */
export function rubricVerdict(icc: OneWayIccWithInterval, threshold: number = RUBRIC_THRESHOLD): SampleVerdict<"works" | "needs-work"> {
  if (icc.kind === "insufficient") {
    // Enough panels but no ICC (every rating the same, or every panel the same mean): more of the same will not help.
    if (icc.groups >= MIN_PANELS_FOR_RUBRIC_VERDICT) return { kind: "undecided", n: icc.groups, needed: null };
    return { kind: "too-few", n: icc.groups, minimum: MIN_PANELS_FOR_RUBRIC_VERDICT, needed: MIN_PANELS_FOR_RUBRIC_VERDICT - icc.groups };
  }
  const n = icc.anova.groups;
  const interval = icc.single.interval;
  const projected = interval ? panelsToSettle(icc.anova.msb / icc.anova.msw, icc.anova.n0, n, threshold) : null;
  if (n < MIN_PANELS_FOR_RUBRIC_VERDICT) {
    const needed = Math.max(MIN_PANELS_FOR_RUBRIC_VERDICT, projected ?? 0) - n;
    return { kind: "too-few", n, minimum: MIN_PANELS_FOR_RUBRIC_VERDICT, needed };
  }
  // No interval means no disagreement within any panel at all: the rubric works.
  if (!interval) return { kind: "verdict", verdict: "works", n };
  if (interval.upper < threshold) return { kind: "verdict", verdict: "needs-work", n };
  if (interval.lower >= threshold) return { kind: "verdict", verdict: "works", n };
  return { kind: "undecided", n, needed: projected === null ? null : projected - n };
}

/**
 * The smallest number of panels at which the interval would exclude `threshold`, were the observed F (and panel
 * size) to hold: a binary search over projectedOneWayInterval, whose width falls as panels are added.
 * Null when that is not reached by MAX_PROJECTED_PANELS (the estimate sits on the line).
 */
export function panelsToSettle(f: number, n0: number, groups: number, threshold: number): number | null {
  const settled = (g: number) => {
    const interval = projectedOneWayInterval(f, n0, g);
    return interval.upper < threshold || interval.lower >= threshold;
  };
  if (settled(groups)) return groups;
  if (!settled(MAX_PROJECTED_PANELS)) return null;
  let low = groups;
  let high = MAX_PROJECTED_PANELS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (settled(middle)) high = middle;
    else low = middle;
  }
  return high;
}
