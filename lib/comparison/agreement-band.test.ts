import { describe, expect, it } from "vitest";
import { agreementBand } from "./agreement-band";

// Koo & Li (2016): < .5 poor, .5–.75 moderate, .75–.9 good, > .9 excellent; boundaries as documented in agreement-band.ts.
describe("agreementBand", () => {
  it.each([
    [-0.3, "poor"],
    [0, "poor"],
    [0.4999, "poor"],
    [0.5, "moderate"],
    [0.62, "moderate"],
    [0.7499, "moderate"],
    [0.75, "good"],
    [0.9, "good"],
    [0.9001, "excellent"],
    [1, "excellent"],
  ] as const)("%d is %s", (value, band) => {
    expect(agreementBand(value)).toBe(band);
  });

  it("refuses NaN rather than calling it excellent", () => {
    expect(() => agreementBand(Number.NaN)).toThrow(RangeError);
  });
});
