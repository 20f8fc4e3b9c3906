import { describe, expect, it } from "vitest";
import { describe as spreadOf } from "./describe";
import { MIN_HISTORY_FOR_NORMALISATION, toScale, zScore } from "./normalise";

describe("zScore", () => {
  it("places a rating against the interviewer's own history (worked example)", () => {
    // A hard marker: history 1, 3, 1, 3, 2 → mean 2; Σ(x − 2)² = 4; sample sd = √(4/4) = 1.
    // A 3 from them is one sd above their usual: z = (3 − 2) / 1 = 1. A 2 is their norm: z = 0.
    const hardMarker = spreadOf([1, 3, 1, 3, 2]);
    expect(zScore(3, hardMarker)).toBe(1);
    expect(zScore(2, hardMarker)).toBe(0);
    expect(zScore(1, hardMarker)).toBe(-1);
  });

  it("is null when the history is shorter than the minimum", () => {
    expect(MIN_HISTORY_FOR_NORMALISATION).toBe(5);
    expect(zScore(3, spreadOf([1, 2, 3, 4]))).toBeNull();
    expect(zScore(3, spreadOf([]))).toBeNull();
  });

  it("is null when the interviewer always gives the same rating", () => {
    expect(zScore(3, spreadOf([3, 3, 3, 3, 3, 3]))).toBeNull();
  });
});

describe("toScale", () => {
  // All interviewers' ratings together: mean 2.75, sd 0.5 (given directly).
  const pool = { n: 200, mean: 2.75, sd: 0.5, min: 1, max: 4 };

  it("maps a z-score onto the pooled 1–4 scale: mean + z · sd", () => {
    // The hard marker's 3 above (z = 1) reads as 2.75 + 1 · 0.5 = 3.25 on the pooled scale.
    expect(toScale(1, pool)).toBe(3.25);
    expect(toScale(0, pool)).toBe(2.75);
    expect(toScale(-1.5, pool)).toBe(2);
  });

  it("clamps to the ends of the scale", () => {
    expect(toScale(3, pool)).toBe(4); // 4.25
    expect(toScale(-5, pool)).toBe(1); // 0.25
  });

  it("maps every z to the pool mean when the pool has no sd", () => {
    expect(toScale(2, { n: 1, mean: 3, sd: null, min: 3, max: 3 })).toBe(3);
  });

  it("refuses an empty pool", () => {
    expect(() => toScale(1, spreadOf([]))).toThrow(RangeError);
  });
});
