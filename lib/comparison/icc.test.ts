import { describe, expect, it } from "vitest";
import { icc2, twoWayAnova } from "./icc";
import { SHROUT_FLEISS_TABLE_2 as shroutFleissTable2 } from "./shrout-fleiss-1979";

// Shrout & Fleiss (1979), Table 2 (see shrout-fleiss-1979.ts): ICC(2,1) = .29 and ICC(2,4) = .62.

// The ANOVA worked by hand (n = 6 targets, k = 4 judges, N = 24):
//   row sums 24, 12, 26, 16, 30, 19; column sums 46, 15, 26, 40; grand total 127; Σx² = 841
//   correction CF = 127² / 24 = 16129 / 24 = 672.0417
//   SS_total   = 841 − CF                                   = 168.9583  (4055/24)
//   SS_targets = (24² + 12² + 26² + 16² + 30² + 19²)/4 − CF = 2913/4 − CF = 56.2083  (1349/24)
//   SS_judges  = (46² + 15² + 26² + 40²)/6 − CF             = 4617/6 − CF = 97.4583  (2339/24)
//   SS_resid   = 168.9583 − 56.2083 − 97.4583               = 15.2917   (367/24)
//   BMS = 56.2083 / 5  = 11.2417      WMS = (168.9583 − 56.2083) / 18 = 6.2639
//   JMS = 97.4583 / 3  = 32.4861      EMS = 15.2917 / 15 = 1.0194
//   (the paper's ANOVA table: 11.24, 6.26, 32.49, 1.02)
//   ICC(2,1) = (BMS − EMS) / (BMS + (k−1)EMS + k(JMS − EMS)/n)
//            = 10.2222 / (11.2417 + 3.0583 + 4 · 31.4667 / 6) = 10.2222 / 35.2778 = 0.2898 → .29
//   ICC(2,4) = (BMS − EMS) / (BMS + (JMS − EMS)/n)
//            = 10.2222 / (11.2417 + 31.4667 / 6)              = 10.2222 / 16.4861 = 0.6201 → .62
describe("twoWayAnova on Shrout & Fleiss (1979) Table 2", () => {
  it("gives the mean squares worked by hand", () => {
    const anova = twoWayAnova(shroutFleissTable2);
    expect(anova).toMatchObject({ targets: 6, raters: 4 });
    expect(anova.bms).toBeCloseTo(1349 / 120, 10);
    expect(anova.wms).toBeCloseTo(112.75 / 18, 10);
    expect(anova.jms).toBeCloseTo(2339 / 72, 10);
    expect(anova.ems).toBeCloseTo(367 / 360, 10);
    expect(anova.bms).toBeCloseTo(11.24, 2);
    expect(anova.wms).toBeCloseTo(6.26, 2);
    expect(anova.jms).toBeCloseTo(32.49, 2);
    expect(anova.ems).toBeCloseTo(1.02, 2);
  });
});

describe("icc2", () => {
  it("reproduces Shrout & Fleiss (1979): ICC(2,1) = .29, ICC(2,4) = .62", () => {
    const result = icc2(shroutFleissTable2);
    if (result.kind !== "icc") throw new Error(result.reason);
    expect(result.single).toBeCloseTo(0.29, 2);
    expect(result.average).toBeCloseTo(0.62, 2);
    // The unrounded values from the hand working above.
    expect(result.single).toBeCloseTo(0.2898, 4);
    expect(result.average).toBeCloseTo(0.6201, 4);
    expect(result).toMatchObject({ targets: 6, raters: 4, band: "moderate", form: "ICC(2,1)", averageForm: "ICC(2,k)" });
  });

  it("counts a uniformly harsher rater against absolute agreement", () => {
    // Rater B is always exactly one point above rater A: perfectly consistent, not in absolute agreement.
    // Computed by hand: row means 1.5, 2.5, 3.5; grand mean 2.5; column means 2, 3.
    //   SS_rows = 2 · (1 + 0 + 1) = 4 → BMS = 4/2 = 2;  SS_cols = 3 · (0.25 + 0.25) = 1.5 → JMS = 1.5;
    //   SS_total = 5.5 → SS_resid = 0 → EMS = 0.
    //   ICC(2,1) = 2 / (2 + 0 + 2 · 1.5 / 3) = 2/3;  ICC(2,2) = 2 / (2 + 1.5 / 3) = 0.8.
    const result = icc2([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(result).toMatchObject({ kind: "icc", targets: 3, raters: 2, band: "good" });
    if (result.kind !== "icc") return;
    expect(result.single).toBeCloseTo(2 / 3, 10);
    expect(result.average).toBeCloseTo(0.8, 10);
  });

  it("is 1 when every rater gives each target the same rating", () => {
    const result = icc2([
      [1, 1, 1],
      [2, 2, 2],
      [4, 4, 4],
    ]);
    expect(result).toMatchObject({ kind: "icc", band: "excellent" });
    if (result.kind !== "icc") return;
    // EMS = JMS = 0 in exact arithmetic; floating point leaves ~1e-16, hence closeTo.
    expect(result.single).toBeCloseTo(1, 12);
    expect(result.average).toBeCloseTo(1, 12);
  });

  it("reports 0 rather than an impossible value when raters disagree more than targets differ", () => {
    // A Latin square: every target has mean 2 (BMS = 0), so the between-target variance estimate is negative.
    // The raw ICC(2,k) formula would give 3 here; see icc.ts for the truncation at 0.
    const latinSquare = [
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ];
    expect(icc2(latinSquare)).toMatchObject({ kind: "icc", single: 0, average: 0, band: "poor" });
    // Two raters swapping two ratings: the raw ICC(2,1) denominator is 0.
    expect(
      icc2([
        [1, 2],
        [2, 1],
      ]),
    ).toMatchObject({ kind: "icc", single: 0, average: 0 });
  });

  it("is insufficient for fewer than 2 targets or 2 raters", () => {
    expect(icc2([])).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("2 targets") });
    expect(icc2([[1, 2, 3]])).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("2 targets") });
    expect(icc2([[1], [2], [3]])).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("2 raters") });
  });

  it("is insufficient when a cell is missing", () => {
    expect(
      icc2([
        [1, 2],
        [3, null],
        [2, 2],
      ]),
    ).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("missing") });
    expect(icc2([[1, 2], [3]])).toMatchObject({ kind: "insufficient", reason: expect.stringContaining("missing") });
  });

  it("is insufficient when all ratings are identical", () => {
    expect(
      icc2([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toEqual({ kind: "insufficient", reason: expect.stringContaining("all ratings identical") });
  });
});
