// Cohen's (1968) weighted kappa with quadratic weights, for two raters on an ordinal 1..c scale.
// Quadratic weights charge a two-point disagreement four times a one-point one, and make κ_w
// equivalent to an ICC (Fleiss & Cohen 1973), which is why the same Koo & Li bands are applied to it.
import { agreementBand, type AgreementBand } from "./agreement-band";

export type KappaResult = { kind: "kappa"; value: number; pairs: number; band: AgreementBand } | { kind: "insufficient"; reason: string };

export const DEFAULT_CATEGORIES = 4;

/**
 * κ_w = 1 − Σ w_ij·O_ij / Σ w_ij·E_ij, with w_ij = (i − j)² / (c − 1)², O the observed counts of
 * (rater A = i, rater B = j) and E_ij = rowTotal_i · columnTotal_j / N the counts expected if the two
 * raters were independent with the same marginals. The (c − 1)² normaliser cancels, so the sums are
 * kept in whole numbers and only the last step divides.
 *
 * Pairs with a null are dropped. Ratings must be integers 1..categories (anything else is a caller bug
 * and throws). Insufficient when fewer than 2 pairs remain, or when the expected disagreement is 0:
 * both raters gave every target one and the same category, so κ is 0/0.
 */
export function quadraticWeightedKappa(pairs: readonly (readonly [number | null, number | null])[], categories: number = DEFAULT_CATEGORIES): KappaResult {
  if (!Number.isInteger(categories) || categories < 2) throw new RangeError(`quadraticWeightedKappa: categories must be an integer ≥ 2 (got ${categories})`);
  const complete = pairs.filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null);
  for (const [a, b] of complete) {
    for (const rating of [a, b]) {
      if (!Number.isInteger(rating) || rating < 1 || rating > categories) {
        throw new RangeError(`quadraticWeightedKappa: rating ${rating} is not an integer in 1..${categories}`);
      }
    }
  }
  const total = complete.length;
  if (total < 2) return { kind: "insufficient", reason: `too few paired ratings (${total}) to measure agreement` };

  const rowTotals = new Array<number>(categories + 1).fill(0);
  const columnTotals = new Array<number>(categories + 1).fill(0);
  let observedDisagreement = 0; // Σ (i − j)² · O_ij
  for (const [a, b] of complete) {
    rowTotals[a] = (rowTotals[a] ?? 0) + 1;
    columnTotals[b] = (columnTotals[b] ?? 0) + 1;
    observedDisagreement += (a - b) ** 2;
  }
  let expectedDisagreementTimesN = 0; // Σ (i − j)² · rowTotal_i · columnTotal_j  (= N · Σ (i − j)² E_ij)
  for (let i = 1; i <= categories; i++) {
    for (let j = 1; j <= categories; j++) {
      expectedDisagreementTimesN += (i - j) ** 2 * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0);
    }
  }
  if (expectedDisagreementTimesN === 0) {
    return { kind: "insufficient", reason: "both raters gave every target the same rating: agreement is perfect but κ is undefined" };
  }
  const value = 1 - (observedDisagreement * total) / expectedDisagreementTimesN;
  return { kind: "kappa", value, pairs: total, band: agreementBand(value) };
}
