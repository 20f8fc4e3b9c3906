import { describe, expect, it } from "vitest";
import { brennanSynthetic3, HENDERSON_1953_CELLS, HENDERSON_1953_TOTAL_SS } from "./published-g-study-data";
import { henderson1, type Observation } from "./variance-components";

/** Brennan's p × i × o data as observations with levels [person, item, occasion]. */
const brennanObservations = (): Observation[] => brennanSynthetic3().map((r) => ({ levels: [r.candidateId, r.questionKey, r.interviewerId], value: r.rating }));

describe("henderson1 on balanced data: Brennan (2001) Synthetic Data Set No. 3", () => {
  const fit = henderson1(brennanObservations(), [[0], [1], [2], [0, 1], [0, 2], [1, 2]]);

  it("reproduces the published T values", () => {
    if (fit.kind !== "components") throw new Error(fit.reason);
    const [p, i, o, pi, po, io] = fit.tValues.effects;
    expect([p, i, o, pi, po, io].map((t) => Math.round(t! * 100) / 100)).toEqual([2288.25, 2263.5, 2229.25, 2382, 2303.5, 2274.2]);
    expect(fit.tValues.total).toBe(2430);
  });

  it("reproduces the published variance components to four decimals", () => {
    if (fit.kind !== "components") throw new Error(fit.reason);
    const estimates = fit.effects.map((effect) => effect.estimate);
    const published = [0.5528, 0.4417, 0.0074, 0.575, 0.1009, 0.1565];
    estimates.forEach((estimate, k) => expect(estimate).toBeCloseTo(published[k]!, 4));
    expect(fit.residual).toBeCloseTo(0.9352, 4);
    expect(fit.effects.map((effect) => effect.levels)).toEqual([10, 4, 2, 40, 20, 8]);
  });
});

describe("henderson1 on unbalanced data: Henderson (1953), Table 1", () => {
  // Henderson gives cell totals, not each cow's record. Any records with those totals and Σy² = 11,124,007 have the
  // same T values, so each cow gets her cell's mean, and two cows of one cell are moved ±d to make up Σy².
  const cellSs = HENDERSON_1953_CELLS.reduce((sum, [, , , cows, total]) => sum + total ** 2 / cows, 0);
  const d = Math.sqrt((HENDERSON_1953_TOTAL_SS - cellSs) / 2);
  const observations: Observation[] = HENDERSON_1953_CELLS.flatMap(([herd, sire, year, cows, total], cell) =>
    Array.from({ length: cows }, (_, cow) => ({
      levels: [`y${year}`, `h${herd}`, `s${sire}`],
      value: total / cows + (cell === HENDERSON_1953_CELLS.length - 1 ? (cow === 0 ? d : cow === 1 ? -d : 0) : 0),
    })),
  );
  const fit = henderson1(observations, [[0], [1], [2], [1, 2]]);

  it("reproduces the T values and coefficients of Henderson's Table 6", () => {
    if (fit.kind !== "components") throw new Error(fit.reason);
    expect(fit.tValues.effects.map(Math.round)).toEqual([10_776_451, 10_893_666, 10_776_278, 10_970_369]);
    expect(Math.round(fit.tValues.mean)).toBe(10_685_141);
    expect(Math.round(fit.tValues.total)).toBe(11_124_007);
    const round2 = (x: number) => Math.round(x * 100) / 100;
    expect(fit.coefficients.effects.map((row) => row.map(round2))).toEqual([
      [57, 19.51, 39.22, 15.1],
      [21.49, 57, 24.04, 24.04],
      [30.33, 18.51, 57, 18.51],
      [37.35, 57, 57, 57],
    ]);
    expect(fit.coefficients.mean.map(round2)).toEqual([16.05, 14.93, 19.11, 6.19]);
  });

  it("solves to Henderson's components (within the rounding of his two-decimal coefficients), a negative one included", () => {
    if (fit.kind !== "components") throw new Error(fit.reason);
    const [year, herd, sire, herdSire] = fit.effects.map((effect) => effect.estimate);
    expect(Math.abs(year! - 763.154)).toBeLessThan(1);
    expect(Math.abs(herd! - 4531.304)).toBeLessThan(1);
    expect(Math.abs(sire! - 1587.278)).toBeLessThan(1);
    expect(Math.abs(herdSire! - -164.329)).toBeLessThan(1);
    expect(Math.abs(fit.residual - 2949.83)).toBeLessThan(1);
  });
});

describe("henderson1 refusals", () => {
  it("names a component the design cannot separate", () => {
    // Every candidate seen by their own interviewer: candidate and interviewer effects are the same thing.
    const observations = ["a", "b", "c", "d"].flatMap((c, k) => [1, 2, 3].map((q) => ({ levels: [c, `r${k}`, `q${q}`], value: (k + q) % 4 })));
    const fit = henderson1(observations, [[0], [1], [2]]);
    expect(fit).toMatchObject({ kind: "insufficient" });
    if (fit.kind === "insufficient") expect(fit.reason).toMatch(/cannot tell .* apart/);
  });

  it("needs more observations than components", () => {
    expect(henderson1([{ levels: ["a"], value: 1 }], [[0]])).toMatchObject({ kind: "insufficient" });
  });
});
