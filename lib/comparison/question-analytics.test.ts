import { describe, expect, it } from "vitest";
import { correlationWithInterval, questionAnalytics, type QuestionRating } from "./question-analytics";

describe("correlationWithInterval", () => {
  it("gives Fisher's interval: r = .5 on 50 pairs → [.26, .68] (worked by hand)", () => {
    // z = atanh(.5) = .54931, ±1.95996/√47 = ±.28589 → tanh(.26342) = .25748, tanh(.83520) = .68326.
    // The pairs are built to have r = .5 exactly: y = x + c·e with e orthogonal to x and c = √3·|x|/|e|.
    const xs = Array.from({ length: 50 }, (_, i) => i - 24.5);
    const noise = xs.map((_, i) => (i % 2 === 0 ? 1 : -1) * ((i * 7) % 13));
    // y = x + c·noise with noise ⟂ x; choose c so that r = .5 exactly: r = sx / √(sx² + c²·sn²).
    const sx = Math.sqrt(xs.reduce((s, x) => s + x * x, 0));
    const meanNoise = noise.reduce((a, b) => a + b, 0) / 50;
    const centred = noise.map((n) => n - meanNoise);
    const projection = centred.reduce((s, n, i) => s + n * xs[i]!, 0) / sx ** 2;
    const orthogonal = centred.map((n, i) => n - projection * xs[i]!);
    const sn = Math.sqrt(orthogonal.reduce((s, n) => s + n * n, 0));
    const c = Math.sqrt(3) * (sx / sn);
    const result = correlationWithInterval(xs.map((x, i) => [x, x + c * orthogonal[i]!]));
    if (result.kind !== "estimate" || !result.estimate.interval) throw new Error("expected an estimate");
    expect(result.estimate.value).toBeCloseTo(0.5, 10);
    expect(result.estimate.interval.lower).toBeCloseTo(0.25748, 4);
    expect(result.estimate.interval.upper).toBeCloseTo(0.68326, 4);
  });

  it("says why there is no correlation", () => {
    expect(
      correlationWithInterval([
        [1, 2],
        [2, 3],
      ]),
    ).toMatchObject({ kind: "insufficient", scorecards: 2 });
    expect(
      correlationWithInterval([
        [3, 1],
        [3, 2],
        [3, 3],
        [3, 4],
      ]),
    ).toMatchObject({ kind: "insufficient", reason: "every scorecard gave it the same rating" });
  });
});

/** Scorecards: each is [interviewId, ratings by question key]. */
function ratingsOf(cards: [string, Record<string, number>][]): QuestionRating[] {
  return cards.flatMap(([interviewId, byQuestion], i) => Object.entries(byQuestion).map(([questionKey, rating]) => ({ questionKey, scorecardId: `s${i}`, interviewId, rating })));
}

describe("questionAnalytics", () => {
  it("counts, describes and correlates each question against the rest of its scorecard (worked by hand)", () => {
    const data = ratingsOf([
      ["i1", { a: 4, b: 4, c: 3 }],
      ["i1", { a: 4, b: 3, c: 4 }],
      ["i2", { a: 1, b: 2, c: 1 }],
      ["i3", { a: 2, b: 2 }],
      ["i3", { a: 3, c: 3 }],
    ]);
    const a = questionAnalytics(data).find((q) => q.questionKey === "a")!;
    expect(a).toMatchObject({ timesAsked: 3, ratings: 5, floorRate: 0.2, ceilingRate: 0.4, dominantShare: 0.4 });
    expect(a.mean).toBeCloseTo(14 / 5, 12);
    // a against the mean of the rest of its scorecard: (4, 3.5), (4, 3.5), (1, 1.5), (2, 2), (3, 3).
    // x̄ = 2.8, ȳ = 2.7; Σdx·dy = 1.2·.8·2 + (−1.8)(−1.2) + (−.8)(−.7) + (.2)(.3) = 1.92 + 2.16 + .56 + .06 = 4.7;
    // Σdx² = 1.44·2 + 3.24 + .64 + .04 = 6.8; Σdy² = .64·2 + 1.44 + .49 + .09 = 3.3 → r = 4.7/√22.44 = .9922.
    if (a.discrimination.kind !== "estimate") throw new Error("expected a correlation");
    expect(a.discrimination.estimate.value).toBeCloseTo(4.7 / Math.sqrt(6.8 * 3.3), 12);
    // Five scorecards: below the minimum, so no "does not separate" verdict and no rubric verdict.
    expect(a.separates).toMatchObject({ kind: "too-few", n: 5, needed: 5 });
    expect(a.rubric.kind).toBe("too-few");
  });

  it("flags a question everyone gets a 4 on as not separating candidates", () => {
    const cards: [string, Record<string, number>][] = Array.from({ length: 12 }, (_, i) => [`i${i}`, { easy: i === 0 ? 3 : 4, hard: 1 + (i % 4), other: 1 + ((i + 1) % 4) }]);
    const easy = questionAnalytics(ratingsOf(cards)).find((q) => q.questionKey === "easy")!;
    expect(easy.separates).toEqual({ kind: "verdict", verdict: "does-not-separate", n: 12 });
    expect(easy.reasons[0]).toBe("92% of ratings are the same value");
  });

  it("rejects a rating off the scale, naming the question", () => {
    expect(() => questionAnalytics([{ questionKey: "q7", scorecardId: "s", interviewId: "i", rating: 0 }])).toThrow(/question q7/);
  });
});
