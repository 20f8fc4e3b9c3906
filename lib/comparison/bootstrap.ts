// Percentile bootstrap with a seeded generator (Efron & Tibshirani 1993, ch. 13): resample the units
// with replacement, recompute the statistic, read the 2.5th and 97.5th percentiles. The seed is fixed,
// so the same data always give the same interval: a page, its CSV and its printout never disagree.
// The generator is pure-rand's xoroshiro128+ (the library fast-check is built on).
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { CONFIDENCE } from "./f-distribution";
import type { Interval } from "./icc-intervals";

/** Efron & Tibshirani (1993, ch. 19) ask for at least 1000 resamples for percentile intervals; we take twice that. */
export const DEFAULT_REPLICATES = 2000;
export const DEFAULT_SEED = 1979;
/** More undefined resamples than this share (e.g. κ when a resample has one category only) and the interval is not shown. */
export const MAX_UNDEFINED_SHARE = 0.05;

export interface BootstrapOptions {
  replicates?: number;
  seed?: number;
}

export interface BootstrapResult {
  interval: Interval | null;
  replicates: number;
  /** Resamples on which the statistic was undefined; they are left out of the percentiles. */
  undefinedReplicates: number;
  why?: string;
}

/**
 * `statistic` receives the indices (0..units−1, with repeats) of one resample and returns its value, or null
 * when the statistic is undefined on it.
 */
export function percentileBootstrap(units: number, statistic: (indices: readonly number[]) => number | null, options: BootstrapOptions = {}): BootstrapResult {
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  if (!Number.isInteger(units) || units < 1) throw new RangeError(`percentileBootstrap: needs at least 1 unit (got ${units})`);
  if (!Number.isInteger(replicates) || replicates < 100) throw new RangeError(`percentileBootstrap: replicates must be an integer ≥ 100 (got ${replicates})`);
  const rng = xoroshiro128plus(options.seed ?? DEFAULT_SEED);
  const values: number[] = [];
  const indices = new Array<number>(units);
  let undefinedReplicates = 0;
  for (let replicate = 0; replicate < replicates; replicate++) {
    for (let i = 0; i < units; i++) indices[i] = uniformInt(rng, 0, units - 1);
    const value = statistic(indices);
    if (value === null || Number.isNaN(value)) undefinedReplicates++;
    else values.push(value);
  }
  if (undefinedReplicates > replicates * MAX_UNDEFINED_SHARE) {
    const why = `the statistic was undefined on ${undefinedReplicates} of ${replicates} resamples, too many for a trustworthy interval`;
    return { interval: null, replicates, undefinedReplicates, why };
  }
  values.sort((a, b) => a - b);
  const tail = (1 - CONFIDENCE) / 2;
  return { interval: { lower: quantileSorted(values, tail), upper: quantileSorted(values, 1 - tail) }, replicates, undefinedReplicates };
}

/** The p-quantile of sorted values with linear interpolation between order statistics (Hyndman & Fan 1996, type 7, R's default). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("quantileSorted: no values");
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}
