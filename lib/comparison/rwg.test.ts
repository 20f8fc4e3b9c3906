import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rwgBand, rwgFromVariances, rwgJ, uniformNullVariance } from "./rwg";

describe("uniformNullVariance: σ²_EU = (A² − 1)/12", () => {
  it("matches the uniform-null variances LeBreton & Senter (2008) tabulate for 5- to 11-point scales", () => {
    // Published (two decimals): 5 → 2.00, 6 → 2.92, 7 → 4.00, 8 → 5.25, 9 → 6.67, 10 → 8.25, 11 → 10.00.
    const published: [number, number][] = [
      [5, 2.0],
      [6, 2.92],
      [7, 4.0],
      [8, 5.25],
      [9, 6.67],
      [10, 8.25],
      [11, 10.0],
    ];
    for (const [points, variance] of published) expect(uniformNullVariance(points)).toBeCloseTo(variance, 2);
  });

  it("is 1.25 on our 4-point scale", () => {
    expect(uniformNullVariance(4)).toBe(1.25);
  });
});

describe("rwgJ", () => {
  it("reads a strong candidate whose two interviewers are one point apart on every question as strong agreement", () => {
    // The case (Alex Rivera): ICC(2,k) said 0.00 "poor". By hand: each question has ratings {4, 3},
    // s² = 0.5; s̄² = 0.5; s̄²/σ²_EU = 0.4; r_wg(J) = 6 · 0.6 / (6 · 0.6 + 0.4) = 3.6 / 4.0 = 0.90.
    const result = rwgJ([
      [4, 3],
      [3, 4],
      [4, 3],
      [4, 3],
      [3, 4],
      [4, 3],
    ]);
    expect(result).toMatchObject({ kind: "rwg", items: 6, droppedItems: 0, ratings: 12, raters: 2, band: "strong", truncated: false, largestGap: 1, identicalItems: 0 });
    if (result.kind !== "rwg") return;
    expect(result.estimate.value).toBeCloseTo(0.9, 12);
    expect(result.meanItemVariance).toBeCloseTo(0.5, 12);
    expect(result.averageDeviation).toBeCloseTo(0.5, 12);
    // Every question has the same variance, so every resample does too: the interval is the point.
    expect(result.estimate.interval?.lower).toBeCloseTo(0.9, 12);
    expect(result.estimate.interval?.upper).toBeCloseTo(0.9, 12);
  });

  it("is the same statistic for three interviewers, and handles a missing rating by using who rated", () => {
    // Q1 {3, 3, 4}: s² = 1/3. Q2 {2, 3, null}: s² = 0.5. Q3 {4, 4, 4}: 0. Q4 {1, null, null}: dropped.
    // s̄² = (1/3 + 1/2 + 0)/3 = 5/18; ratio = (5/18)/1.25 = 2/9; r_wg(3) = 3 · 7/9 / (3 · 7/9 + 2/9) = (21/9)/(23/9) = 21/23.
    const result = rwgJ([
      [3, 3, 4],
      [2, 3, null],
      [4, 4, 4],
      [1, null, null],
    ]);
    expect(result).toMatchObject({ kind: "rwg", items: 3, droppedItems: 1, ratings: 8, raters: 3, identicalItems: 1 });
    if (result.kind !== "rwg") return;
    expect(result.estimate.value).toBeCloseTo(21 / 23, 12);
    // Three questions: too few to resample.
    expect(result.estimate.interval).toBeNull();
    expect(result.estimate.why).toContain("at least 5");
  });

  it("sets r_wg(J) to 0 when the panel disagrees as much as random ratings would (James et al. 1984)", () => {
    // {1, 4} on every question: s² = 4.5 > σ²_EU = 1.25.
    const result = rwgJ([
      [1, 4],
      [4, 1],
      [1, 4],
    ]);
    expect(result).toMatchObject({ kind: "rwg", truncated: true, band: "none", largestGap: 3 });
    if (result.kind === "rwg") expect(result.estimate.value).toBe(0);
  });

  it("steps a single-question agreement up with the number of questions (Spearman–Brown)", () => {
    // Single item, 5-point scale, ratings {4, 4, 5, 5}: s² = 1/3, r_wg = 1 − (1/3)/2 = 5/6 (James et al. 1984, eq. 1).
    expect(rwgFromVariances([1 / 3], uniformNullVariance(5))).toBeCloseTo(5 / 6, 12);
    // A mean variance of half the null variance is r_wg = .50 on one item; on 10 such items
    // r_wg(J) = 10 · .5 / (10 · .5 + .5) = .909: the inflation with J that LeBreton & Senter (2008) warn of.
    expect(rwgFromVariances([1], 2)).toBeCloseTo(0.5, 12);
    expect(
      rwgFromVariances(
        Array.from({ length: 10 }, () => 1),
        2,
      ),
    ).toBeCloseTo(10 / 11, 12);
  });

  it("refuses fewer than 3 questions rated by two or more interviewers, and says how many there were", () => {
    expect(
      rwgJ([
        [3, 4],
        [2, null],
        [4, 4],
      ]),
    ).toMatchObject({ kind: "insufficient", items: 2, droppedItems: 1, ratings: 4 });
    expect(rwgJ([])).toMatchObject({ kind: "insufficient", items: 0 });
  });

  it("rejects ratings off the scale", () => {
    expect(() =>
      rwgJ([
        [3, 5],
        [3, 3],
        [3, 3],
      ]),
    ).toThrow(/not an integer in 1..4/);
    expect(() =>
      rwgJ([
        [3, 2.5],
        [3, 3],
        [3, 3],
      ]),
    ).toThrow(RangeError);
  });

  it("gives the same interval every time (seeded)", () => {
    const matrix = [
      [4, 3],
      [3, 3],
      [2, 4],
      [4, 4],
      [1, 3],
      [3, 4],
      [4, 2],
    ];
    const first = rwgJ(matrix);
    const second = rwgJ(matrix);
    expect(first).toEqual(second);
    if (first.kind === "rwg") expect(first.estimate.interval).not.toBeNull();
  });
});

describe("rwgBand (LeBreton & Senter 2008)", () => {
  it("puts each boundary in the band below it", () => {
    expect([0, 0.3, 0.31, 0.5, 0.51, 0.7, 0.71, 0.9, 0.91, 1].map(rwgBand)).toEqual([
      "none",
      "none",
      "weak",
      "weak",
      "moderate",
      "moderate",
      "strong",
      "strong",
      "very strong",
      "very strong",
    ]);
  });
});

const panel = fc
  .record({ questions: fc.integer({ min: 5, max: 10 }), raters: fc.integer({ min: 2, max: 4 }) })
  .chain(({ questions, raters }) =>
    fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { freq: 8 }), { minLength: raters, maxLength: raters }), { minLength: questions, maxLength: questions }),
  );

describe("rwgJ properties", () => {
  it("stays in [0, 1] and its interval contains it", () => {
    fc.assert(
      fc.property(panel, (matrix) => {
        const result = rwgJ(matrix);
        if (result.kind !== "rwg") return;
        expect(result.estimate.value).toBeGreaterThanOrEqual(0);
        expect(result.estimate.value).toBeLessThanOrEqual(1);
        const interval = result.estimate.interval;
        if (!interval) return;
        expect(interval.lower).toBeLessThanOrEqual(result.estimate.value + 1e-12);
        expect(interval.upper).toBeGreaterThanOrEqual(result.estimate.value - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it("does not depend on the order of the interviewers", () => {
    fc.assert(
      fc.property(panel, (matrix) => {
        const [a, b] = [rwgJ(matrix), rwgJ(matrix.map((row) => [...row].reverse()))];
        if (a.kind !== "rwg" || b.kind !== "rwg") {
          expect(b.kind).toBe(a.kind);
          return;
        }
        // Equal up to the order of floating-point sums.
        expect(b.estimate.value).toBeCloseTo(a.estimate.value, 12);
        expect(b.estimate.interval?.lower ?? 0).toBeCloseTo(a.estimate.interval?.lower ?? 0, 12);
        expect(b.estimate.interval?.upper ?? 0).toBeCloseTo(a.estimate.interval?.upper ?? 0, 12);
        expect(b).toMatchObject({ items: a.items, droppedItems: a.droppedItems, ratings: a.ratings, largestGap: a.largestGap });
      }),
      { numRuns: 30 },
    );
  });
});
