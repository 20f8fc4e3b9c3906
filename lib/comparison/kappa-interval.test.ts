import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kappaWithInterval, MIN_PAIRS_FOR_KAPPA_INTERVAL } from "./kappa-interval";

function pairsFrom(confusion: readonly (readonly number[])[]): [number, number][] {
  return confusion.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [i + 1, j + 1] as [number, number])));
}

/**
 * The large-sample standard error of weighted κ, Fleiss, Cohen & Everitt (1969), "Large sample standard errors
 * of kappa and weighted kappa", Psychological Bulletin 72(5), eq. 13 — an independent check on the bootstrap:
 *   var = [Σ p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − p_e(1 − κ))²] / (N (1 − p_e)²), w_ij = 1 − (i − j)²/(c − 1)².
 */
function fleissCohenEverittSe(confusion: readonly (readonly number[])[]): { kappa: number; se: number } {
  const c = confusion.length;
  const n = confusion.flat().reduce((a, b) => a + b, 0);
  const p = confusion.map((row) => row.map((count) => count / n));
  const rows = p.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = p[0]!.map((_, j) => p.reduce((sum, row) => sum + row[j]!, 0));
  const w = (i: number, j: number) => 1 - (i - j) ** 2 / (c - 1) ** 2;
  let po = 0;
  let pe = 0;
  for (let i = 0; i < c; i++)
    for (let j = 0; j < c; j++) {
      po += w(i, j) * p[i]![j]!;
      pe += w(i, j) * rows[i]! * cols[j]!;
    }
  const kappa = (po - pe) / (1 - pe);
  const wRow = rows.map((_, i) => cols.reduce((sum, pj, j) => sum + pj * w(i, j), 0));
  const wCol = cols.map((_, j) => rows.reduce((sum, pi, i) => sum + pi * w(i, j), 0));
  let total = 0;
  for (let i = 0; i < c; i++) for (let j = 0; j < c; j++) total += p[i]![j]! * (w(i, j) - (wRow[i]! + wCol[j]!) * (1 - kappa)) ** 2;
  const variance = (total - (kappa - pe * (1 - kappa)) ** 2) / (n * (1 - pe) ** 2);
  return { kappa, se: Math.sqrt(variance) };
}

const HAND_WORKED = [
  [1, 1, 0, 0],
  [0, 2, 1, 0],
  [0, 0, 2, 1],
  [0, 0, 1, 1],
];

describe("kappaWithInterval", () => {
  it("keeps the point estimate of quadraticWeightedKappa (15/19 on the hand-worked table)", () => {
    const result = kappaWithInterval(pairsFrom(HAND_WORKED));
    expect(result).toMatchObject({ kind: "kappa", pairs: 10, dropped: 0 });
    if (result.kind === "kappa") expect(result.estimate.value).toBeCloseTo(15 / 19, 12);
  });

  it("agrees with the Fleiss–Cohen–Everitt large-sample interval when the pairs are many", () => {
    const confusion = HAND_WORKED.map((row) => row.map((count) => count * 40)); // 400 pairs, same κ
    const { kappa, se } = fleissCohenEverittSe(confusion);
    expect(kappa).toBeCloseTo(15 / 19, 12);
    const result = kappaWithInterval(pairsFrom(confusion));
    if (result.kind !== "kappa" || !result.estimate.interval) throw new Error("expected an interval");
    expect(result.estimate.interval.lower).toBeCloseTo(kappa - 1.96 * se, 1);
    expect(result.estimate.interval.upper).toBeCloseTo(kappa + 1.96 * se, 1);
    expect(Math.abs(result.estimate.interval.lower - (kappa - 1.96 * se))).toBeLessThan(0.02);
    expect(Math.abs(result.estimate.interval.upper - (kappa + 1.96 * se))).toBeLessThan(0.02);
  });

  it("drops pairs with a missing rating and counts them", () => {
    const result = kappaWithInterval([...pairsFrom(HAND_WORKED), [3, null], [null, 2]]);
    expect(result).toMatchObject({ kind: "kappa", pairs: 10, dropped: 2 });
  });

  it("gives no interval below the minimum number of pairs, and says why", () => {
    const result = kappaWithInterval([
      [1, 1],
      [2, 3],
      [4, 4],
      [3, 3],
    ]);
    expect(result).toMatchObject({ kind: "kappa", pairs: 4, estimate: { interval: null } });
    if (result.kind === "kappa") expect(result.estimate.why).toContain(`at least ${MIN_PAIRS_FOR_KAPPA_INTERVAL}`);
  });

  it("passes on why κ is undefined", () => {
    expect(
      kappaWithInterval([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toMatchObject({ kind: "insufficient", pairs: 3 });
  });

  it("is reproducible, and a different seed moves the bounds only a little", () => {
    const pairs = pairsFrom(HAND_WORKED.map((row) => row.map((count) => count * 3)));
    const a = kappaWithInterval(pairs);
    expect(kappaWithInterval(pairs)).toEqual(a);
    const b = kappaWithInterval(pairs, 4, { seed: 7 });
    if (a.kind !== "kappa" || b.kind !== "kappa" || !a.estimate.interval || !b.estimate.interval) throw new Error("expected intervals");
    expect(Math.abs(a.estimate.interval.lower - b.estimate.interval.lower)).toBeLessThan(0.05);
  });
});

describe("kappaWithInterval properties", () => {
  const pairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { minLength: 10, maxLength: 40 });

  it("the interval contains the estimate and shrinks when the same pairs are seen four times over", () => {
    fc.assert(
      fc.property(pairs, (sample) => {
        const small = kappaWithInterval(sample, 4, { replicates: 400 });
        const large = kappaWithInterval([...sample, ...sample, ...sample, ...sample], 4, { replicates: 400 });
        if (small.kind !== "kappa" || large.kind !== "kappa" || !small.estimate.interval || !large.estimate.interval) return;
        for (const result of [small, large]) {
          expect(result.estimate.interval!.lower).toBeLessThanOrEqual(result.estimate.value + 1e-12);
          expect(result.estimate.interval!.upper).toBeGreaterThanOrEqual(result.estimate.value - 1e-12);
        }
        const width = (i: { lower: number; upper: number }) => i.upper - i.lower;
        expect(width(large.estimate.interval)).toBeLessThan(width(small.estimate.interval));
      }),
      { numRuns: 40 },
    );
  });
});
