import { describe, expect, it } from "vitest";
import { gStudy } from "./g-study";
import { iccOneWayWithInterval } from "./icc-intervals";
import { kappaWithInterval } from "./kappa-interval";
import type { Leniency } from "./leniency";
import { sayKappa, sayNotYet, sayPanelAgreement, sayRubricAgreement } from "./plain-words-agreement";
import { between, coefficient, points } from "./plain-words-format";
import { sayAdjustment, sayComposite, sayDecisionStudy, sayDifference, sayGStudy, sayQuestion } from "./plain-words-scores";
import { brennanSynthetic3 } from "./published-g-study-data";
import { questionAnalytics } from "./question-analytics";
import { rwgJ } from "./rwg";
import { rubricVerdict } from "./verdicts";

describe("formats", () => {
  it("writes coefficients as statisticians do, and says when an interval has no lower limit", () => {
    expect([0.78, -0.06, 1, 0, -0.001].map(coefficient)).toEqual([".78", "−.06", "1.00", ".00", ".00"]);
    expect(between({ lower: Number.NEGATIVE_INFINITY, upper: 0.4 })).toBe("between no lower limit and .40");
    expect([1, 0.42, 0.02].map(points)).toEqual(["1.0 point", "0.4 points", "0.02 points"]);
  });
});

describe("sayPanelAgreement", () => {
  it("says the issue's example in words: one point apart on a strong candidate is close agreement", () => {
    expect(
      sayPanelAgreement(
        rwgJ([
          [4, 3],
          [3, 4],
          [4, 3],
          [4, 3],
          [3, 4],
          [4, 3],
        ]),
      ),
    ).toBe("The two interviewers agreed closely: never more than a point apart on any of the 6 questions.");
  });

  it("counts the questions left out and tells the reader what to do when agreement is at chance", () => {
    expect(
      sayPanelAgreement(
        rwgJ([
          [4, 3, 4],
          [3, 4, null],
          [1, 3, 1],
          [4, 4, 4],
          [null, 2, null],
        ]),
      ),
    ).toBe("The three interviewers agreed closely: up to two points apart on at least one of the 4 questions (1 question rated by one interviewer only is left out).");
    expect(
      sayPanelAgreement(
        rwgJ([
          [1, 4],
          [4, 1],
          [1, 4],
        ]),
      ),
    ).toMatch(/no more than random ratings would.*compare their notes/);
    expect(
      sayPanelAgreement(
        rwgJ([
          [1, 4],
          [4, null],
        ]),
      ),
    ).toBe("Too little to judge agreement: 1 question was rated by two or more interviewers, and it takes 3 (1 question had a rating from one interviewer only).");
  });
});

describe("sayKappa", () => {
  it("explains a negative κ and what to do about it (the issue's 'κ −0.06')", () => {
    const strongCandidates = Array.from(
      { length: 4 },
      () =>
        [
          [4, 4],
          [4, 4],
          [4, 3],
          [3, 4],
          [4, 4],
          [4, 4],
        ] as [number, number][],
    ).flat();
    expect(sayKappa(kappaWithInterval(strongCandidates))).toMatch(
      /^These two interviewers agreed no better than chance would \(κ −\.20, likely between .*\): read both scorecards before relying on either\.$/,
    );
  });

  it("names no band below 10 shared ratings", () => {
    expect(
      sayKappa(
        kappaWithInterval([
          [4, 4],
          [4, 4],
          [4, 3],
          [3, 4],
          [4, 4],
          [4, 4],
        ]),
      ),
    ).toBe("Too early to judge these two interviewers' agreement: κ −.20 from 6 shared ratings; about 4 more are needed.");
  });
});

describe("sayRubricAgreement and sayNotYet", () => {
  it("gives n and how many more instead of a verdict from 3 interviews", () => {
    const icc = iccOneWayWithInterval([
      [1, 2, 2],
      [3, 3, 4],
      [2, 2, 2],
    ]);
    const sentence = sayRubricAgreement(icc, rubricVerdict(icc));
    expect(sentence).toMatch(
      /^Panels' agreement on this question is not yet clear \(ICC \.76, likely between \.\d\d and \.99\)\. Only 3 interviews so far; about \d+ more are needed before this can be judged\.$/,
    );
    expect(sentence).not.toMatch(/needs|works/);
  });

  it("says when more interviews are unlikely to settle it", () => {
    expect(sayNotYet({ kind: "undecided", n: 14, needed: null })).toBe(
      "Not settled after 14 interviews; the evidence sits on the line and more interviews are unlikely to settle it.",
    );
  });
});

describe("sayAdjustment", () => {
  const lenient: Leniency = {
    kind: "estimated",
    value: 0.42,
    standardError: 0.2,
    weight: 0.6,
    scorecards: 8,
    identicalHistory: false,
    pool: { interviewers: 6, scorecards: 40, grandMean: 2.8, withinVariance: 0.3, withinDf: 34, betweenVariance: 0.1 },
  };

  it("puts raw and adjusted side by side in words, and names values off the scale instead of hiding them", () => {
    expect(sayAdjustment({ raw: 4, adjusted: 3.58, outside: null }, lenient, "Dana")).toBe(
      "A 4 from Dana, who rates about 0.4 points above the average interviewer, counts as 3.58.",
    );
    expect(sayAdjustment({ raw: 4, adjusted: 4.5, outside: "above" }, { ...lenient, value: -0.5 }, "Sam")).toBe(
      "A 4 from Sam, who rates about 0.5 points below the average interviewer, counts as 4.50, above the top of the scale.",
    );
  });

  it("names each reason for showing a rating as given", () => {
    expect(sayAdjustment({ raw: 3, adjusted: null, outside: null }, { kind: "not-adjusted", reason: { code: "too-short-history", scorecards: 2, needed: 3 } }, "Kim")).toBe(
      "Shown as given: Kim has 2 earlier interviews with other candidates on record, and an adjustment needs 3.",
    );
    expect(sayAdjustment({ raw: 3, adjusted: null, outside: null }, { kind: "not-adjusted", reason: { code: "no-spread", interviewers: 5 } }, "Kim")).toMatch(
      /no leniency to measure/,
    );
    expect(sayAdjustment({ raw: 3, adjusted: null, outside: null }, { kind: "not-adjusted", reason: { code: "pool-too-small", interviewers: 3, withinDf: 4 } }, "Kim")).toMatch(
      /too few earlier interviews overall \(3 interviewers\)/,
    );
  });
});

describe("sayComposite and sayDifference", () => {
  it("gives the composite with its margin", () => {
    expect(sayComposite(3.2, 0.2)).toBe("Composite 3.20, give or take 0.39: the interviews place this candidate somewhere from 2.81 to 3.59.");
  });

  it("says 'not distinguishable on this evidence' when the gap is within measurement error (the issue's wording)", () => {
    expect(sayDifference("Alex", "Blair", { kind: "compared", difference: 0.2, standardError: 0.25, margin: 0.49, distinguishable: false })).toBe(
      "Alex and Blair are not distinguishable on this evidence: their composites differ by 0.2 points, within the 0.5 points that measurement error alone could produce.",
    );
    expect(sayDifference("Alex", "Blair", { kind: "compared", difference: -0.8, standardError: 0.25, margin: 0.49, distinguishable: true })).toBe(
      "Blair scored 0.8 points higher than Alex, more than measurement error (0.5 points) explains.",
    );
    expect(sayDifference("Alex", "Blair", { kind: "too-few", reason: "8 candidates rated; a verdict needs 20", candidates: 8, needed: 12 })).toBe(
      "Whether Alex and Blair really differ cannot be judged yet: only 8 candidates have been interviewed with this plan, and 12 more are needed.",
    );
  });
});

describe("sayGStudy and sayDecisionStudy (on Brennan's Synthetic Data Set No. 3)", () => {
  const g = gStudy(brennanSynthetic3());

  it("splits the spread in ratings, and withholds the verdict below the minimum sample", () => {
    expect(sayGStudy(g)).toBe(
      "Of the spread in ratings, 20% comes from differences between candidates, 0% from interviewers, 16% from questions and 64% from how particular interviewers see particular candidates and questions, or noise. With 10 candidates this is a first look; 10 more are needed before relying on it.",
    );
  });

  it("reads the decision study like the issue's example", () => {
    if (g.kind !== "g-study") throw new Error(g.reason);
    expect(sayDecisionStudy(g, { interviewers: 2, questions: 4 })).toBe(
      "With 2 interviewers and 4 questions the composite's reliability is .64; 3 interviewers would give .68, two more questions .71.",
    );
  });
});

describe("sayQuestion", () => {
  it("says when a question does not separate candidates, and why", () => {
    const ratings = Array.from({ length: 12 }, (_, i) =>
      Object.entries({ easy: i === 0 ? 3 : 4, hard: 1 + (i % 4), other: 1 + ((i + 1) % 4) }).map(([questionKey, rating]) => ({
        questionKey,
        scorecardId: `s${i}`,
        interviewId: `i${i}`,
        rating,
      })),
    ).flat();
    const easy = questionAnalytics(ratings).find((q) => q.questionKey === "easy")!;
    expect(sayQuestion(easy)).toMatch(/^Asked in 12 interviews; ratings average 3\.92, 92% of them a 4\. It does not separate candidates: 92% of ratings are the same value/);
  });
});
