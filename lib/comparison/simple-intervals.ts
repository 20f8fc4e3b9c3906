// Two small intervals for the calibration page's interviewer figures.
//   - A mean of independent units (one value per scorecard) with Student's t interval:
//     x̄ ± t(.975; n − 1)·s/√n, where t(.975; ν)² = F(.95; 1, ν) (t² with ν df is F with 1 and ν df).
//   - A proportion (k of n) with Wilson's (1927) score interval, which stays inside [0, 1] and behaves
//     at 0 of n, unlike p ± 1.96·√(p(1 − p)/n) (Newcombe 1998 compares seven methods; Wilson's is among
//     the two he recommends).
import { fQuantile } from "./f-distribution";
import type { IntervalEstimate } from "./icc-intervals";
import { Z_95 } from "./measurement-error";

/** The mean of `values` with its t interval; no interval below 2 values or without spread. */
export function meanWithInterval(values: readonly number[]): IntervalEstimate & { n: number } {
  const n = values.length;
  if (n === 0) throw new RangeError("meanWithInterval: no values");
  const mean = values.reduce((sum, x) => sum + x, 0) / n;
  if (n < 2) return { value: mean, interval: null, why: "one value has no spread to size an interval from", n };
  const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1));
  if (sd === 0) return { value: mean, interval: null, why: "every value was the same", n };
  const half = Math.sqrt(fQuantile(0.95, 1, n - 1)) * (sd / Math.sqrt(n));
  return { value: mean, interval: { lower: mean - half, upper: mean + half }, n };
}

/** Wilson's score interval for k successes in n trials (95%). */
export function wilsonInterval(k: number, n: number): { lower: number; upper: number } {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 1 || k < 0 || k > n) throw new RangeError(`wilsonInterval: needs integers 0 ≤ k ≤ n, n ≥ 1 (got ${k} of ${n})`);
  const p = k / n;
  const z2 = Z_95 ** 2;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
