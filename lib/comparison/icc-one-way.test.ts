import { describe, expect, it } from "vitest";
import { iccOneWay } from "./icc-one-way";
import { SHROUT_FLEISS_TABLE_2 } from "./shrout-fleiss-1979";

describe("iccOneWay", () => {
  it("matches Shrout & Fleiss (1979), Table 2: ICC(1,1) = .17 for 6 targets rated by 4 judges", () => {
    // Shrout & Fleiss (1979), Table 2 (see shrout-fleiss-1979.ts).
    // By hand: grand mean 5.2917; BMS = 11.2417 (SSB 56.2083 / 5), WMS = 6.2639 (SSW 112.75 / 18);
    // ICC(1,1) = (11.2417 − 6.2639) / (11.2417 + 3 × 6.2639) = 4.9778 / 30.0333 = .1657.
    const result = iccOneWay(SHROUT_FLEISS_TABLE_2);
    expect(result.kind).toBe("icc");
    if (result.kind === "icc") expect(result.value).toBeCloseTo(0.17, 2);
  });

  it("handles panels of different sizes with the n0 correction (computed by hand)", () => {
    // Groups [4,4,3], [1,2], [3,3,3,4]: N = 9, g = 3, grand mean 27/9 = 3.
    // Means 11/3, 1.5, 3.25. SSB = 3(2/3)² + 2(1.5)² + 4(0.25)² = 1.3333 + 4.5 + 0.25 = 6.0833, MSB = 3.0417.
    // SSW = 0.6667 + 0.5 + 0.75 = 1.9167, MSW = 1.9167 / 6 = 0.3194.
    // n0 = (9 − (9 + 4 + 16) / 9) / 2 = (9 − 3.2222) / 2 = 2.8889.
    // ICC = (3.0417 − 0.3194) / (3.0417 + 1.8889 × 0.3194) = 2.7222 / 3.6451 = .7468.
    const result = iccOneWay([
      [4, 4, 3],
      [1, 2],
      [3, 3, 3, 4],
    ]);
    expect(result).toMatchObject({ kind: "icc", groups: 3, ratings: 9, band: "moderate" });
    if (result.kind === "icc") expect(result.value).toBeCloseTo(0.7468, 3);
  });

  it("is 1 when every panel agrees within itself but panels differ", () => {
    const result = iccOneWay([
      [1, 1],
      [3, 3, 3],
      [4, 4],
    ]);
    expect(result).toMatchObject({ kind: "icc", value: 1, band: "excellent" });
  });

  it("says why there is no number when there are too few panels or no variance", () => {
    expect(iccOneWay([[1, 2], [3], [4, 4]])).toEqual({ kind: "insufficient", reason: "too few panels with two or more ratings (2; needs 3)" });
    expect(
      iccOneWay([
        [2, 2],
        [2, 2],
        [2, 2],
      ]),
    ).toEqual({ kind: "insufficient", reason: "all ratings identical" });
  });
});
