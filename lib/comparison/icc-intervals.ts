// Intraclass correlations with their F-based 95% confidence intervals, for every ICC form the
// comparison pages use. Formulas: McGraw & Wong (1996), "Forming inferences about some intraclass
// correlation coefficients", Psychological Methods 1(1), Table 7 (cases 1 and 2A); Shrout & Fleiss
// (1979) for the point estimates. Unequal panel sizes use Donner's (1986) n0 in place of k.
//
// Negative estimates: the one-way forms are reported as computed (a negative ICC(1,1) says the panels
// disagreed more than chance would; the published intervals we test against keep their negative bounds).
// In the two-way forms MSR ≤ MSE makes the formulas misbehave (ICC(2,k) can exceed 1, see icc.ts), so
// there, as in icc2(), the estimate is truncated at 0, and every two-way interval is intersected with
// [0, 1], the parameter space (one rule on both sides of MSR = MSE, so more data never widens it).
import { CONFIDENCE, fQuantile } from "./f-distribution";
import { twoWayAnova } from "./icc";

export interface Interval {
  lower: number;
  upper: number;
}

/** A point estimate and its 95% interval; `interval` is null when the data cannot size one (`why` says why). */
export interface IntervalEstimate {
  value: number;
  interval: Interval | null;
  why?: string;
}

export interface OneWayAnova {
  /** g: panels (targets) with two or more ratings. */
  groups: number;
  /** N: ratings in those panels. */
  ratings: number;
  /** n0: the effective panel size, = k when every panel has k ratings. */
  n0: number;
  msb: number;
  msw: number;
  dfBetween: number;
  dfWithin: number;
}

export type OneWayIccWithInterval =
  { kind: "icc"; form: "ICC(1,1)"; single: IntervalEstimate; average: IntervalEstimate; anova: OneWayAnova } | { kind: "insufficient"; reason: string; groups: number };

export type TwoWayIccWithInterval =
  | { kind: "icc"; form: "ICC(2,1)"; single: IntervalEstimate; average: IntervalEstimate; targets: number; raters: number; satterthwaiteDf: number }
  | { kind: "insufficient"; reason: string };

const upperTail = (1 + CONFIDENCE) / 2;

/** One-way ANOVA over panels of unequal size; panels with fewer than 2 ratings carry no within-panel information and are left out. */
export function oneWayAnova(groups: readonly (readonly number[])[]): OneWayAnova {
  const used = groups.filter((group) => group.length >= 2);
  for (const value of used.flat()) if (!Number.isFinite(value)) throw new RangeError(`oneWayAnova: not a finite rating: ${value}`);
  const g = used.length;
  const n = used.reduce((sum, group) => sum + group.length, 0);
  if (g < 2) throw new RangeError(`oneWayAnova: needs at least 2 panels with two or more ratings (got ${g})`);
  const grand = used.flat().reduce((sum, x) => sum + x, 0) / n;
  let ssb = 0;
  let ssw = 0;
  for (const group of used) {
    const mean = group.reduce((sum, x) => sum + x, 0) / group.length;
    ssb += group.length * (mean - grand) ** 2;
    ssw += group.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  }
  const n0 = (n - used.reduce((sum, group) => sum + group.length ** 2, 0) / n) / (g - 1);
  return { groups: g, ratings: n, n0, msb: ssb / (g - 1), msw: ssw / (n - g), dfBetween: g - 1, dfWithin: n - g };
}

/**
 * ICC(1,1) = (MSB − MSW) / (MSB + (n0 − 1)·MSW) and ICC(1,k) = (MSB − MSW) / MSB, with
 * F = MSB/MSW, F_L = F / F(.975; g−1, N−g), F_U = F · F(.975; N−g, g−1) and
 * ICC(1,1) ∈ [(F_L − 1)/(F_L + n0 − 1), (F_U − 1)/(F_U + n0 − 1)],  ICC(1,k) ∈ [1 − 1/F_L, 1 − 1/F_U].
 */
export function iccOneWayWithInterval(groups: readonly (readonly number[])[]): OneWayIccWithInterval {
  const usable = groups.filter((group) => group.length >= 2).length;
  if (usable < 2) return { kind: "insufficient", reason: `too few panels with two or more ratings (${usable}; needs 2)`, groups: usable };
  const anova = oneWayAnova(groups);
  const { msb, msw, n0 } = anova;
  if (msb === 0) {
    const reason = msw === 0 ? "all ratings identical: nothing to separate agreement from chance" : "every panel gave the same mean rating: nothing separates the targets";
    return { kind: "insufficient", reason, groups: usable };
  }
  const single = (msb - msw) / (msb + (n0 - 1) * msw);
  const average = (msb - msw) / msb;
  if (msw === 0) {
    const why = "no disagreement within any panel, so there is no error to size an interval from";
    return { kind: "icc", form: "ICC(1,1)", single: { value: single, interval: null, why }, average: { value: average, interval: null, why }, anova };
  }
  const f = msb / msw;
  const fLower = f / fQuantile(upperTail, anova.dfBetween, anova.dfWithin);
  const fUpper = f * fQuantile(upperTail, anova.dfWithin, anova.dfBetween);
  return {
    kind: "icc",
    form: "ICC(1,1)",
    single: { value: single, interval: { lower: (fLower - 1) / (fLower + n0 - 1), upper: (fUpper - 1) / (fUpper + n0 - 1) } },
    average: { value: average, interval: { lower: 1 - 1 / fLower, upper: 1 - 1 / fUpper } },
    anova,
  };
}

/**
 * Two-way random effects, absolute agreement (case 2A). With MSR (targets), MSC (raters), MSE (residual):
 *   ICC(2,1) = (MSR − MSE) / (MSR + (k−1)MSE + k(MSC − MSE)/n),  ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE)/n).
 * Interval: Satterthwaite df v = (a·MSC + b·MSE)² / ((a·MSC)²/(k−1) + (b·MSE)²/((n−1)(k−1))),
 *   a = kρ / (n(1−ρ)), b = 1 + kρ(n−1) / (n(1−ρ)), ρ = ICC(2,1); F* = F(.975; n−1, v), F** = F(.975; v, n−1);
 *   ICC(2,1): L = n(MSR − F*·MSE) / (F*(k·MSC + (kn−k−n)MSE) + n·MSR), U = n(F**·MSR − MSE) / (k·MSC + (kn−k−n)MSE + n·F**·MSR);
 *   ICC(2,k): L = n(MSR − F*·MSE) / (F*(MSC − MSE) + n·MSR),          U = n(F**·MSR − MSE) / (MSC − MSE + n·F**·MSR),
 * which are the Spearman–Brown step-up kx/(1 + (k−1)x) of the ICC(2,1) bounds (the algebra is in docs/statistics.md).
 */
export function iccTwoWayWithInterval(matrix: readonly (readonly number[])[]): TwoWayIccWithInterval {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2 || matrix.some((row) => row.length !== k)) {
    return { kind: "insufficient", reason: `needs a complete table of at least 2 targets × 2 raters (got ${n} × ${k})` };
  }
  const first = matrix[0]![0];
  if (matrix.every((row) => row.every((cell) => cell === first))) {
    return { kind: "insufficient", reason: "all ratings identical: agreement is perfect but the ICC is undefined" };
  }
  const { bms: msr, jms: msc, ems: mse } = twoWayAnova(matrix);
  // ρ ≤ 0 is truncated to 0 (see the header); the interval is then sized with a = 0, b = 1, i.e. v = (n−1)(k−1).
  // The tolerance keeps a difference of rounding (MSR − MSE ≈ 1e-17) from counting as agreement.
  const truncated = msr - mse <= 1e-12 * Math.max(msr, mse);
  const single = truncated ? 0 : (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n);
  const average = truncated ? 0 : (msr - mse) / (msr + (msc - mse) / n);
  if (mse === 0 || single >= 1) {
    const why = "the ratings fit targets + raters exactly (no residual), so there is no error to size an interval from";
    return {
      kind: "icc",
      form: "ICC(2,1)",
      single: { value: single, interval: null, why },
      average: { value: average, interval: null, why },
      targets: n,
      raters: k,
      satterthwaiteDf: Number.NaN,
    };
  }
  const a = (k * single) / (n * (1 - single));
  const b = 1 + (k * single * (n - 1)) / (n * (1 - single));
  const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / ((n - 1) * (k - 1)));
  const fStar = fQuantile(upperTail, n - 1, v);
  const fStarStar = fQuantile(upperTail, v, n - 1);
  const spread = k * msc + (k * n - k - n) * mse;
  const lower = Math.max(0, (n * (msr - fStar * mse)) / (fStar * spread + n * msr));
  const upper = Math.max(0, (n * (fStarStar * msr - mse)) / (spread + n * fStarStar * msr));
  // The ICC(2,k) bounds are the Spearman–Brown step-up of these: on [0, 1] that equals McGraw & Wong's own
  // ICC(A,k) formulas, and it stays defined where theirs divide by a negative number.
  const stepUp = (x: number) => (k * x) / (1 + (k - 1) * x);
  return {
    kind: "icc",
    form: "ICC(2,1)",
    single: { value: single, interval: { lower, upper } },
    average: { value: average, interval: { lower: stepUp(lower), upper: stepUp(upper) } },
    targets: n,
    raters: k,
    satterthwaiteDf: v,
  };
}

/**
 * The one-way ICC(1,1) interval that g panels of n0 raters would give if they showed the same F = MSB/MSW
 * as now: how the interval narrows with more interviews, used to say "about N more interviews" (see verdicts.ts).
 */
export function projectedOneWayInterval(f: number, n0: number, groups: number): Interval {
  const dfBetween = groups - 1;
  const dfWithin = groups * (n0 - 1);
  const fLower = f / fQuantile(upperTail, dfBetween, dfWithin);
  const fUpper = f * fQuantile(upperTail, dfWithin, dfBetween);
  return { lower: (fLower - 1) / (fLower + n0 - 1), upper: (fUpper - 1) / (fUpper + n0 - 1) };
}
