import { describe, expect, it } from "vitest";
import { quadraticWeightedKappa } from "./kappa";

/** Expand a confusion matrix (rows = rater A's category, columns = rater B's) into rating pairs. */
function pairsFrom(confusion: readonly (readonly number[])[]): [number, number][] {
  return confusion.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [i + 1, j + 1] as [number, number])));
}

describe("quadraticWeightedKappa", () => {
  it("matches the R package Metrics documentation example (ScoreQuadraticWeightedKappa, output 0.56)", () => {
    // Metrics (Hamner, CRAN, v0.1.4), ?ScoreQuadraticWeightedKappa example:
    //   ScoreQuadraticWeightedKappa(c(1, 4, 5, 5, 2, 1), c(2, 2, 4, 5, 3, 3), 1, 5)  →  0.56
    // Checked by hand: Σ(a − b)² = 1 + 4 + 1 + 0 + 1 + 4 = 11 (observed).
    //   Expected under independence, Σ_i Σ_j (a_i − b_j)² / N = N · (var_a + var_b + (mean_a − mean_b)²)
    //   with population moments: mean_a = 3, var_a = 72/6 − 9 = 3; mean_b = 19/6, var_b = 67/6 − (19/6)² = 41/36;
    //   (mean_a − mean_b)² = 1/36 → 6 · (3 + 41/36 + 1/36) = 6 · 150/36 = 25.  κ_w = 1 − 11/25 = 0.56.
    const a = [1, 4, 5, 5, 2, 1];
    const b = [2, 2, 4, 5, 3, 3];
    const result = quadraticWeightedKappa(
      a.map((rating, i) => [rating, b[i] ?? null] as const),
      5,
    );
    expect(result).toMatchObject({ kind: "kappa", pairs: 6 });
    if (result.kind === "kappa") expect(result.value).toBeCloseTo(0.56, 10);
  });

  it("matches a 4 × 4 example computed by hand", () => {
    // Computed by hand. Ten targets, rows = rater A, columns = rater B, categories 1..4:
    //          B=1 B=2 B=3 B=4 | A total
    //   A=1     1   1   0   0  |  2
    //   A=2     0   2   1   0  |  3
    //   A=3     0   0   2   1  |  3
    //   A=4     0   0   1   1  |  2
    //   B total 1   3   4   2  | 10
    // Observed Σ(i − j)²·O_ij: four cells one apart → 4.
    // Expected Σ(i − j)²·A_i·B_j / N: for each A category i, Σ_j B_j (i − j)² is
    //   i=1: 0 + 3 + 4·4 + 2·9 = 37;  i=2: 1 + 0 + 4 + 2·4 = 13;  i=3: 4 + 3 + 0 + 2 = 9;  i=4: 9 + 3·4 + 4 + 0 = 25
    //   → (2·37 + 3·13 + 3·9 + 2·25) / 10 = 190 / 10 = 19.
    // κ_w = 1 − 4/19 = 15/19 = 0.7895 (the 1/(c−1)² weight normaliser cancels).
    const result = quadraticWeightedKappa(
      pairsFrom([
        [1, 1, 0, 0],
        [0, 2, 1, 0],
        [0, 0, 2, 1],
        [0, 0, 1, 1],
      ]),
    );
    expect(result).toMatchObject({ kind: "kappa", pairs: 10, band: "good" });
    if (result.kind === "kappa") expect(result.value).toBeCloseTo(15 / 19, 10);
  });

  it("is 1 for perfect agreement", () => {
    expect(
      quadraticWeightedKappa([
        [1, 1],
        [2, 2],
        [4, 4],
        [3, 3],
      ]),
    ).toEqual({ kind: "kappa", value: 1, pairs: 4, band: "excellent" });
  });

  it("is 0 when the ratings are exactly what independent raters would produce", () => {
    // Every (A, B) combination once: the observed table equals the expected one.
    const everyCombination = [1, 2, 3, 4].flatMap((a) => [1, 2, 3, 4].map((b) => [a, b] as const));
    const result = quadraticWeightedKappa(everyCombination);
    expect(result).toMatchObject({ kind: "kappa", pairs: 16, band: "poor" });
    if (result.kind === "kappa") expect(result.value).toBeCloseTo(0, 12);
  });

  it("is −1 for maximal disagreement", () => {
    // Computed by hand: observed 9 + 9 = 18; expected (1·1·9 + 1·1·9) / 2 = 9; κ_w = 1 − 18/9 = −1.
    expect(
      quadraticWeightedKappa([
        [1, 4],
        [4, 1],
      ]),
    ).toMatchObject({ kind: "kappa", value: -1, band: "poor" });
  });

  it("is 0, not undefined, when one rater always says 2 and the other always 3", () => {
    // Observed = expected = N · 1, so κ_w = 0: no evidence the raters track each other.
    expect(
      quadraticWeightedKappa([
        [2, 3],
        [2, 3],
        [2, 3],
      ]),
    ).toMatchObject({ kind: "kappa", value: 0 });
  });

  it("drops pairs with a missing rating", () => {
    const withGaps = quadraticWeightedKappa([
      [1, 1],
      [2, null],
      [null, 3],
      [3, 3],
      [null, null],
      [4, 4],
    ]);
    expect(withGaps).toMatchObject({ kind: "kappa", value: 1, pairs: 3 });
  });

  it("is insufficient with fewer than 2 pairs", () => {
    expect(
      quadraticWeightedKappa([
        [1, 2],
        [3, null],
      ]),
    ).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("(1)") });
    expect(quadraticWeightedKappa([])).toMatchObject({ kind: "insufficient" });
  });

  it("is insufficient when both raters used one and the same category throughout", () => {
    expect(
      quadraticWeightedKappa([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("undefined") });
  });

  it("refuses ratings outside 1..categories", () => {
    expect(() =>
      quadraticWeightedKappa([
        [1, 5],
        [2, 2],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      quadraticWeightedKappa([
        [0, 1],
        [2, 2],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      quadraticWeightedKappa([
        [1.5, 1],
        [2, 2],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      quadraticWeightedKappa(
        [
          [1, 1],
          [2, 2],
        ],
        1,
      ),
    ).toThrow(RangeError);
  });
});
