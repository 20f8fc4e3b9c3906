import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meanWithInterval, wilsonInterval } from "./simple-intervals";

describe("wilsonInterval", () => {
  it("reproduces Newcombe (1998), Table I, method 3 (Wilson score) to four decimals", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, lower, upper] of cases) {
      const interval = wilsonInterval(k, n);
      expect(interval.lower).toBeCloseTo(lower, 4);
      expect(interval.upper).toBeCloseTo(upper, 4);
    }
  });

  it("contains the proportion, stays in [0, 1] and narrows as n grows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const small = wilsonInterval(k, n);
        const large = wilsonInterval(4 * k, 4 * n);
        expect(small.lower).toBeLessThanOrEqual(k / n + 1e-12);
        expect(small.upper).toBeGreaterThanOrEqual(k / n - 1e-12);
        expect(small.lower).toBeGreaterThanOrEqual(0);
        expect(small.upper).toBeLessThanOrEqual(1);
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  it("refuses what is not a count", () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
  });
});

describe("meanWithInterval", () => {
  it("uses Student's t: t(.975; 9) = 2.262 and t(.975; 1) = 12.706 as printed in every table", () => {
    // Ten values with mean 0 and sd 1: the half-width is t(.975; 9)/√10.
    const ten = [-1.5, -1, -0.5, 0, 0, 0, 0, 0.5, 1, 1.5];
    const sd = Math.sqrt(ten.reduce((s, x) => s + x * x, 0) / 9);
    const { interval } = meanWithInterval(ten.map((x) => x / sd));
    expect(interval!.upper * Math.sqrt(10)).toBeCloseTo(2.262, 3);
    const two = meanWithInterval([0, Math.SQRT2]);
    // sd 1, n 2: half-width 12.706/√2 around 0.707.
    expect((two.interval!.upper - two.value) * Math.SQRT2).toBeCloseTo(12.706, 3);
  });

  it("gives no interval for one value or no spread, and says why", () => {
    expect(meanWithInterval([0.4])).toMatchObject({ value: 0.4, interval: null, n: 1 });
    expect(meanWithInterval([1, 1, 1]).why).toMatch(/same/);
  });
});
