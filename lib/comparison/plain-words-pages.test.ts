import { describe, expect, it } from "vitest";
import type { Comparison } from "./compare-candidates";
import { comparisonView } from "./compare-view";
import type { Leniency } from "./leniency";
import { sayDisagreements, sayLeniencyNow, sayPanelDifference } from "./plain-words-calibration";
import { sayAdjustedComposite, sayDifferencesNotYet, sayLeniency, sayPrecisionNotYet } from "./plain-words-scores";
import { meanWithInterval, wilsonInterval } from "./simple-intervals";

const pool = { interviewers: 6, scorecards: 40, grandMean: 2.8, withinVariance: 0.3, withinDf: 34, betweenVariance: 0.1 };
const lenient: Leniency = { kind: "estimated", value: 0.42, standardError: 0.2, weight: 0.6, scorecards: 8, identicalHistory: false, pool };

describe("the sentences Compare adds", () => {
  it("says a scorecard's adjustment as a whole, and why ratings are shown as given", () => {
    expect(sayLeniency(lenient, "Dana")).toBe(
      "Dana rates about 0.4 points above the average interviewer (judged from 8 earlier interviews with other candidates), so each of these ratings counts 0.4 points lower.",
    );
    expect(sayLeniency({ ...lenient, value: -0.31, identicalHistory: true }, "Sam")).toBe(
      "Sam rates about 0.3 points below the average interviewer (judged from 8 earlier interviews with other candidates; Sam has given the same marks every time, so how much interviewers vary in general is used), so each of these ratings counts 0.3 points higher.",
    );
    expect(sayLeniency({ ...lenient, value: 0.02 }, "Kim")).toMatch(/^Kim rates about like the average interviewer .*stand almost as given\.$/);
    expect(sayLeniency({ kind: "not-adjusted", reason: { code: "too-short-history", scorecards: 1, needed: 3 } }, "Kim")).toBe(
      "Shown as given: Kim has 1 earlier interview with other candidates on record, and an adjustment needs 3.",
    );
  });

  it("never averages adjusted ratings with ratings shown as given", () => {
    expect(sayAdjustedComposite(3.1, null, 4, 12)).toBe(
      "No adjusted composite: 4 of the 12 ratings are shown as given (the reasons are listed below), and averaging them with adjusted ones would mix two scales.",
    );
    expect(sayAdjustedComposite(3.1, 2.84, 0, 12)).toBe("Allowing for how leniently its interviewers rate, the composite is 2.84 instead of 3.10 (0.3 points lower).");
    expect(sayAdjustedComposite(3.1, 3.102, 0, 12)).toBe("Allowing for how leniently its interviewers rate, the composite stays at 3.10.");
  });

  it("gives n and how many more instead of a margin or a verdict", () => {
    const tooFew = { candidates: 3, needed: 17, reason: "3 candidates rated; a verdict needs 20" };
    expect(sayPrecisionNotYet(tooFew, "without a plan")).toBe(
      "How far this composite could be off cannot be sized yet: only 3 candidates have been interviewed without a plan, and 17 more are needed.",
    );
    expect(sayDifferencesNotYet({ ...tooFew, candidates: 19, needed: 1 }, "with the plan “SRE”")).toBe(
      "Whether any two of these candidates really differ cannot be judged yet: only 19 candidates have been interviewed with the plan “SRE”, and 1 more is needed.",
    );
    expect(sayPrecisionNotYet({ candidates: 25, needed: 0, reason: "2 interviewers; a verdict needs 3" })).toMatch(/: 2 interviewers; a verdict needs 3\.$/);
  });
});

describe("the sentences Calibration adds", () => {
  it("calls an interviewer higher or lower than the panel only when the interval excludes 0, and not before 5 interviews", () => {
    const higher = meanWithInterval([0.5, 0.6, 0.4, 0.7, 0.5]);
    expect(sayPanelDifference("Ian", higher, { kind: "verdict", verdict: "higher", n: 5 })).toMatch(
      /^Ian rates 0\.5 points above the rest of the panel on the same questions \(likely between \+0\.\d points and \+0\.\d points, over 5 interviews\)\.$/,
    );
    const unclear = meanWithInterval([0.5, -0.6, 0.4]);
    expect(sayPanelDifference("Ada", unclear, { kind: "too-few", n: 3, minimum: 5, needed: 2 })).toMatch(
      /Only 3 interviews so far; about 2 more are needed before this can be judged\.$/,
    );
  });

  it("gives leniency with its margin and the share of recommendations against the composite with Wilson's interval", () => {
    expect(sayLeniencyNow("Dana", lenient)).toBe(
      "Dana rates about 0.4 points above the average interviewer, give or take 0.4 points (from 8 interviews); Compare subtracts this from their ratings.",
    );
    expect(sayLeniencyNow("Kim", { kind: "not-adjusted", reason: { code: "pool-too-small", interviewers: 2, withinDf: 3 } })).toMatch(
      /^Not estimated for anyone yet: 2 interviewers on record/,
    );
    expect(sayDisagreements("Ian", 2, 4, wilsonInterval(2, 4))).toBe(
      "Ian's recommendation went against their own composite on 2 of 4 scorecards (50%, likely between 15% and 85%).",
    );
    expect(sayDisagreements("Ian", 0, 0, null)).toBe("Ian has no submitted scorecards yet.");
  });
});

describe("comparisonView (blind columns)", () => {
  const comparison = {
    candidates: ["ann", "ben", "cat"].map((id) => ({ id, name: id.toUpperCase() })),
    rows: [{ key: "q", cells: ["a", "b", "c"] }],
    competencies: [{ name: "x", perCandidate: [1, 2, 3] }],
  } as unknown as Comparison;

  it("keeps names and picking order when not blind", () => {
    expect(comparisonView(comparison, false, new Map())).toMatchObject({ names: ["ANN", "BEN", "CAT"], letters: [null, null, null] });
  });

  it("orders the columns by letter, every per-candidate list with them, and never shows a name", () => {
    const view = comparisonView(
      comparison,
      true,
      new Map([
        ["ann", "C"],
        ["ben", "A"],
        ["cat", "B"],
      ]),
    );
    expect(view.names).toEqual(["Candidate A", "Candidate B", "Candidate C"]);
    expect(view.comparison.candidates.map((c) => c.id)).toEqual(["ben", "cat", "ann"]);
    expect(view.comparison.rows[0]!.cells).toEqual(["b", "c", "a"]);
    expect(view.comparison.competencies[0]!.perCandidate).toEqual([2, 3, 1]);
    expect(JSON.stringify(view.names)).not.toMatch(/ANN|BEN|CAT/);
  });

  it("puts Z before AA, and refuses a candidate without a letter rather than show a name", () => {
    const view = comparisonView(
      comparison,
      true,
      new Map([
        ["ann", "AA"],
        ["ben", "Z"],
        ["cat", "B"],
      ]),
    );
    expect(view.names).toEqual(["Candidate B", "Candidate Z", "Candidate AA"]);
    expect(() => comparisonView(comparison, true, new Map([["ann", "A"]]))).toThrow(/no blind letter/);
  });
});
