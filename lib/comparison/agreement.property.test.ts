import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { icc2 } from "./icc";
import { quadraticWeightedKappa } from "./kappa";

const rating = fc.integer({ min: 1, max: 4 });

/** A complete targets × raters matrix of 1–4 ratings, with a shuffled order of its columns. */
const matrixWithColumnOrder = fc.record({ targets: fc.integer({ min: 2, max: 10 }), raters: fc.integer({ min: 2, max: 5 }) }).chain(({ targets, raters }) => {
  const columns = Array.from({ length: raters }, (_, column) => column);
  return fc.tuple(
    fc.array(fc.array(rating, { minLength: raters, maxLength: raters }), { minLength: targets, maxLength: targets }),
    fc.shuffledSubarray(columns, { minLength: raters, maxLength: raters }),
  );
});

const ratingPairs = fc.array(fc.tuple(rating, rating), { minLength: 2, maxLength: 40 });

describe("icc2 properties", () => {
  it("never exceeds 1 (nor falls below 0, negative variance estimates being truncated)", () => {
    fc.assert(
      fc.property(matrixWithColumnOrder, ([matrix]) => {
        const result = icc2(matrix);
        if (result.kind === "insufficient") {
          expect(result.reason).toContain("all ratings identical");
          return;
        }
        for (const value of [result.single, result.average]) {
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("is unchanged by reordering the raters", () => {
    fc.assert(
      fc.property(matrixWithColumnOrder, ([matrix, order]) => {
        const reordered = matrix.map((row) => order.map((column) => row[column] ?? null));
        const before = icc2(matrix);
        const after = icc2(reordered);
        expect(after.kind).toBe(before.kind);
        if (before.kind === "icc" && after.kind === "icc") {
          expect(after.single).toBeCloseTo(before.single, 10);
          expect(after.average).toBeCloseTo(before.average, 10);
        }
      }),
    );
  });

  it("relates single and average forms by Spearman–Brown: ICC(2,k) = k·ICC(2,1) / (1 + (k−1)·ICC(2,1))", () => {
    fc.assert(
      fc.property(matrixWithColumnOrder, ([matrix]) => {
        const result = icc2(matrix);
        if (result.kind !== "icc") return;
        const k = result.raters;
        expect(result.average).toBeCloseTo((k * result.single) / (1 + (k - 1) * result.single), 10);
      }),
    );
  });
});

describe("quadraticWeightedKappa properties", () => {
  it("lies in [−1, 1]", () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const result = quadraticWeightedKappa(pairs);
        if (result.kind === "insufficient") return;
        expect(result.value).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.value).toBeGreaterThanOrEqual(-1 - 1e-12);
      }),
    );
  });

  it("is symmetric in the two raters", () => {
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        expect(quadraticWeightedKappa(pairs.map(([a, b]) => [b, a] as const))).toEqual(quadraticWeightedKappa(pairs));
      }),
    );
  });

  it("equals 2·cov / (var_A + var_B + (mean_A − mean_B)²) with population moments", () => {
    // Derivation: with w = (i − j)², observed disagreement / N = E[(A − B)²] = var_A + var_B + (m_A − m_B)² − 2·cov,
    // and expected disagreement / N = E[(A − B')²] for independent B' = var_A + var_B + (m_A − m_B)².
    // So κ_w = 1 − observed/expected = 2·cov / (var_A + var_B + (m_A − m_B)²), an independent way to compute it.
    fc.assert(
      fc.property(ratingPairs, (pairs) => {
        const result = quadraticWeightedKappa(pairs);
        if (result.kind === "insufficient") return;
        const n = pairs.length;
        const meanA = pairs.reduce((sum, [a]) => sum + a, 0) / n;
        const meanB = pairs.reduce((sum, [, b]) => sum + b, 0) / n;
        const varA = pairs.reduce((sum, [a]) => sum + (a - meanA) ** 2, 0) / n;
        const varB = pairs.reduce((sum, [, b]) => sum + (b - meanB) ** 2, 0) / n;
        const cov = pairs.reduce((sum, [a, b]) => sum + (a - meanA) * (b - meanB), 0) / n;
        expect(result.value).toBeCloseTo((2 * cov) / (varA + varB + (meanA - meanB) ** 2), 10);
      }),
    );
  });
});
