// Quantiles of the F distribution, for the confidence intervals of the ICCs (McGraw & Wong 1996).
// jstat inverts the regularised incomplete beta function; checked against @stdlib's
// stats-base-dists-f-quantile at 0.975 for df from (1, 1) to (499, 998) and fractional
// Satterthwaite df: largest relative difference 1.6e-9, far below the 2 decimals we show.
import jStat from "jstat";

/** The p-quantile of F(df1, df2). Degrees of freedom may be fractional (Satterthwaite). */
export function fQuantile(p: number, df1: number, df2: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`fQuantile: p must be in (0, 1) (got ${p})`);
  if (!(df1 > 0) || !(df2 > 0) || !Number.isFinite(df1) || !Number.isFinite(df2)) {
    throw new RangeError(`fQuantile: degrees of freedom must be positive and finite (got ${df1}, ${df2})`);
  }
  return jStat.centralF.inv(p, df1, df2);
}

/** The two-sided 95% level every interval in this folder uses. */
export const CONFIDENCE = 0.95;
