// Published data sets for the variance-components tests.
import type { PlanRating } from "./g-study";

/**
 * Brennan, R. L. (2001). Generalizability Theory. Springer. Synthetic Data Set No. 3: a p × i × o design,
 * 10 persons × 4 items × 2 occasions (rows = persons; columns o1i1..o1i4, o2i1..o2i4). Brennan's G study gives
 *   T: p 2288.25, i 2263.50, o 2229.25, pi 2382.00, po 2303.50, io 2274.20, pio 2430.00
 *   σ²: p .5528, i .4417, o .0074, pi .5750, po .1009, io .1565, pio,e .9352
 * and, for a D study with n'_i = 4 and n'_o = 2, Eρ² = .64 and Φ = .55. (Transcribed as in the test fixtures of
 * GeneralizIT, Smith & Kline 2025, which reproduce those tables.) Read as candidate × question × interviewer,
 * it is a fully crossed interview plan: 10 candidates, 4 questions, the same 2 interviewers for everyone.
 */
export const BRENNAN_SYNTHETIC_3 = [
  [2, 6, 7, 5, 2, 5, 5, 5],
  [4, 5, 6, 7, 6, 7, 5, 7],
  [5, 5, 4, 6, 5, 4, 5, 5],
  [5, 9, 8, 6, 5, 7, 7, 6],
  [4, 3, 5, 6, 4, 5, 6, 4],
  [4, 4, 4, 7, 6, 4, 7, 8],
  [2, 6, 6, 5, 2, 7, 7, 5],
  [3, 4, 4, 5, 6, 6, 6, 4],
  [0, 5, 4, 5, 5, 5, 5, 3],
  [6, 8, 7, 6, 6, 8, 8, 6],
];

/** Synthetic Data Set No. 3 as interview ratings: person → candidate, item → question, occasion → interviewer. */
export function brennanSynthetic3(): PlanRating[] {
  return BRENNAN_SYNTHETIC_3.flatMap((row, person) =>
    row.map((rating, column) => ({ candidateId: `p${person}`, questionKey: `i${column % 4}`, interviewerId: `o${Math.floor(column / 4)}`, rating })),
  );
}

/**
 * Henderson, C. R. (1953). Estimation of variance and covariance components. Biometrics 9(2), 226–252, Table 1:
 * butterfat records of cows by year (A), herd (H) and sire (S), given as [herd, sire, year, cows, total butterfat].
 * (The herd 2 / sire 1 / year 1 cell is 404: the margins 1674 and 2931 require it.) Henderson's Table 6 gives
 *   T_A 10,776,451  T_H 10,893,666  T_S 10,776,278  T_HS 10,970,369  T_μ 10,685,141  T_0 11,124,007
 * and the Method 1 coefficients (e.g. k(A, H) = 19.51, k(μ, HS) = 6.19); solving his equations gives
 *   σ²_A ≈ 763, σ²_H ≈ 4531, σ²_S ≈ 1587, σ²_HS ≈ −164, σ²_e ≈ 2950
 * (as worked in Smith & Kline's 2025 tutorial from Henderson's table, whose coefficients are rounded to 2 decimals).
 */
export const HENDERSON_1953_CELLS: readonly (readonly [number, number, number, number, number])[] = [
  [1, 1, 1, 3, 1414],
  [1, 1, 2, 2, 981],
  [1, 2, 2, 4, 1766],
  [1, 2, 3, 2, 862],
  [1, 3, 4, 5, 1609],
  [2, 1, 1, 1, 404],
  [2, 1, 2, 3, 1270],
  [2, 2, 3, 5, 2109],
  [2, 3, 3, 4, 1563],
  [2, 3, 4, 2, 740],
  [3, 1, 2, 3, 1705],
  [3, 2, 2, 4, 2310],
  [3, 2, 3, 2, 1134],
  [4, 1, 1, 3, 1113],
  [4, 1, 2, 5, 1951],
  [4, 3, 3, 3, 1291],
  [4, 3, 4, 6, 2457],
];
export const HENDERSON_1953_TOTAL_SS = 11_124_007;
