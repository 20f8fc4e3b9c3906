import { describe, expect, it } from "vitest";
import { icc2 } from "./icc";
import { ICC_LABEL, KAPPA_LABEL, panelAgreement } from "./panel-agreement";
import { SHROUT_FLEISS_TABLE_2 } from "./shrout-fleiss-1979";

// Ten targets rated by two interviewers: the hand-worked 4 × 4 table in kappa.test.ts, κ_w = 15/19.
const twoRaters = [
  [1, 1], [1, 2],
  [2, 2], [2, 2], [2, 3],
  [3, 3], [3, 3], [3, 4],
  [4, 3], [4, 4],
];

// Shrout & Fleiss (1979), Table 2: ICC(2,4) = .62 (worked by hand in icc.test.ts).
const fourRaters = SHROUT_FLEISS_TABLE_2;

describe("panelAgreement", () => {
  it("uses quadratic-weighted kappa for two raters", () => {
    const result = panelAgreement(twoRaters);
    expect(result).toMatchObject({ method: "kappa", label: KAPPA_LABEL, band: "good", targets: 10, raters: 2, dropped: 0 });
    if (result.method === "kappa") expect(result.value).toBeCloseTo(15 / 19, 10);
  });

  it("uses ICC(2,k) for three or more raters", () => {
    const result = panelAgreement(fourRaters);
    expect(result).toMatchObject({ method: "icc", label: ICC_LABEL, band: "moderate", targets: 6, raters: 4, dropped: 0 });
    if (result.method === "icc") expect(result.value).toBeCloseTo(0.62, 2);

    const threeRaters = fourRaters.map((row) => row.slice(0, 3));
    const expected = icc2(threeRaters);
    if (expected.kind !== "icc") throw new Error(expected.reason);
    expect(panelAgreement(threeRaters)).toEqual({ method: "icc", label: "ICC(2,k)", value: expected.average, band: expected.band, targets: 6, raters: 3, dropped: 0 });
  });

  it("drops targets with a missing rating and says how many", () => {
    const withGaps = [...fourRaters.slice(0, 3), [5, null, 4, 4], ...fourRaters.slice(3), [null, null, null, null]];
    const result = panelAgreement(withGaps);
    expect(result).toMatchObject({ method: "icc", targets: 6, raters: 4, dropped: 2 });
    if (result.method === "icc") expect(result.value).toBeCloseTo(0.62, 2);

    expect(panelAgreement([...twoRaters, [2, null]])).toMatchObject({ method: "kappa", targets: 10, dropped: 1 });
  });

  it("gives no figure for fewer than 3 fully rated targets", () => {
    expect(panelAgreement([[1, 2, 3], [2, null, 3], [4, 4, 3]])).toEqual({ method: "none", reason: "too few ratings (2) to measure agreement" });
    expect(panelAgreement([[1, 2]])).toEqual({ method: "none", reason: "too few ratings (1) to measure agreement" });
  });

  it("gives no figure for a single rater", () => {
    expect(panelAgreement([[1], [2], [3]])).toMatchObject({ method: "none", reason: expect.stringContaining("2 raters") });
    expect(panelAgreement([])).toMatchObject({ method: "none" });
  });

  it("passes on why the statistic is undefined when every rating is the same", () => {
    expect(panelAgreement([[3, 3], [3, 3], [3, 3]])).toMatchObject({ method: "none", reason: expect.stringContaining("undefined") });
    expect(panelAgreement([[3, 3, 3], [3, 3, 3], [3, 3, 3]])).toMatchObject({ method: "none", reason: expect.stringContaining("all ratings identical") });
  });
});
