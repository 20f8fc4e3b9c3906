import { describe as suite, expect, it } from "vitest";
import { describe } from "./describe";

suite("describe", () => {
  it("uses the sample standard deviation (divisor n − 1)", () => {
    // Worked by hand: mean = 40 / 8 = 5; Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32.
    // Sample sd = √(32 / 7) = 2.1381; the population sd would be √(32 / 8) = 2 exactly.
    const spread = describe([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(spread).toMatchObject({ n: 8, mean: 5, min: 2, max: 9 });
    expect(spread.sd).toBeCloseTo(Math.sqrt(32 / 7), 10);
    expect(spread.sd).not.toBeCloseTo(2, 2);
  });

  it("has no mean, sd, min or max for no values", () => {
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, min: null, max: null });
  });

  it("has a mean but no sd for a single value", () => {
    expect(describe([3])).toEqual({ n: 1, mean: 3, sd: null, min: 3, max: 3 });
  });

  it("has sd 0 when every value is the same", () => {
    expect(describe([2, 2, 2])).toEqual({ n: 3, mean: 2, sd: 0, min: 2, max: 2 });
  });

  it("refuses values that are not finite numbers", () => {
    expect(() => describe([1, Number.NaN])).toThrow(RangeError);
  });
});
