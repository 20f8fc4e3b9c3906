import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeComposite, recommendationDisagrees } from "./composite";

describe("computeComposite", () => {
  it("is the mean of the ratings given, with the working shown", () => {
    expect(computeComposite([3, 4, 2])).toEqual({ value: 3, rated: 3, unrated: 0, explanation: "(3 + 4 + 2) ÷ 3 = 3.00" });
  });

  it("leaves unrated questions out rather than counting them as zero", () => {
    expect(computeComposite([4, null, 3, null])).toMatchObject({ value: 3.5, rated: 2, unrated: 2 });
  });

  it("rounds to two decimals", () => {
    expect(computeComposite([1, 2, 2]).value).toBe(1.67);
  });

  it("has no value when nothing was rated", () => {
    expect(computeComposite([null, null])).toMatchObject({ value: null, rated: 0, unrated: 2 });
  });

  it("always lies between the lowest and highest rating", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 }), (ratings) => {
        const { value } = computeComposite(ratings);
        expect(value).toBeGreaterThanOrEqual(Math.min(...ratings) - 0.005);
        expect(value).toBeLessThanOrEqual(Math.max(...ratings) + 0.005);
      }),
    );
  });
});

describe("recommendationDisagrees", () => {
  it.each([
    ["STRONG_YES", 2.4, true],
    ["YES", 2.49, true],
    ["YES", 2.5, false],
    ["STRONG_YES", 3.8, false],
    ["NO", 2.5, true],
    ["STRONG_NO", 3.2, true],
    ["NO", 2.2, false],
    ["STRONG_NO", 1, false],
  ] as const)("%s over a composite of %d disagrees: %s", (recommendation, composite, expected) => {
    expect(recommendationDisagrees(recommendation, composite)).toBe(expected);
  });

  it("never asks for a reason when nothing was rated", () => {
    expect(recommendationDisagrees("STRONG_YES", null)).toBe(false);
  });
});
