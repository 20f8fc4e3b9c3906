// One sentence per interviewer figure on the calibration page: how they rate against their panels,
// their leniency as the adjustment on Compare sees it today, and how often their recommendation
// went against their own composite.
import type { IntervalEstimate } from "./icc-intervals";
import type { Leniency } from "./leniency";
import { Z_95 } from "./measurement-error";
import { sayNotYet } from "./plain-words-agreement";
import { count, percent, points } from "./plain-words-format";
import type { SampleVerdict } from "./verdicts";

const signedPoints = (value: number) => `${value < 0 ? "−" : "+"}${points(value)}`;

/** "Ian rates 0.4 points above the rest of his panels on the same questions (likely between +0.1 and +0.7 points, over 12 interviews)." */
export function sayPanelDifference(name: string, estimate: IntervalEstimate & { n: number }, verdict: SampleVerdict<"higher" | "lower" | "no-difference">): string {
  const range = estimate.interval ? `likely between ${signedPoints(estimate.interval.lower)} and ${signedPoints(estimate.interval.upper)}, ` : "";
  const over = `${range}over ${count(estimate.n, "interview")}`;
  if (verdict.kind !== "verdict") return `${name} rates ${signedPoints(estimate.value)} against the rest of the panel on average (${over}). ${sayNotYet(verdict)}`;
  switch (verdict.verdict) {
    case "higher":
      return `${name} rates ${points(estimate.value)} above the rest of the panel on the same questions (${over}).`;
    case "lower":
      return `${name} rates ${points(estimate.value)} below the rest of the panel on the same questions (${over}).`;
    case "no-difference":
      return `No clear difference between ${name} and the rest of the panel: ${signedPoints(estimate.value)} on average (${over}).`;
  }
}

/** Leniency as Compare's adjustment would use it today, with its 95% margin. */
export function sayLeniencyNow(name: string, leniency: Leniency): string {
  if (leniency.kind === "not-adjusted") {
    const reason = leniency.reason;
    switch (reason.code) {
      case "too-short-history":
        return `Not estimated: ${name} has ${count(reason.scorecards, "interview")} on record, and it takes ${reason.needed}.`;
      case "pool-too-small":
        return `Not estimated for anyone yet: ${count(reason.interviewers, "interviewer")} on record, and telling a lenient one from a strict one takes 5, with several interviews each.`;
      case "no-spread":
        return "Not estimated: every interview so far averaged the same rating.";
    }
  }
  const margin = Z_95 * leniency.standardError;
  const lean =
    Math.abs(leniency.value) < 0.05 ? "about like the average interviewer" : `about ${points(leniency.value)} ${leniency.value > 0 ? "above" : "below"} the average interviewer`;
  return `${name} rates ${lean}, give or take ${points(margin)} (from ${count(leniency.scorecards, "interview")}); Compare subtracts this from their ratings.`;
}

/** "Their recommendation went against their own composite on 2 of 12 scorecards (17%, likely between 5% and 45%)." */
export function sayDisagreements(name: string, k: number, n: number, interval: { lower: number; upper: number } | null): string {
  if (n === 0) return `${name} has no submitted scorecards yet.`;
  const share = interval ? ` (${percent(k / n)}, likely between ${percent(interval.lower)} and ${percent(interval.upper)})` : "";
  return `${name}'s recommendation went against their own composite on ${k} of ${count(n, "scorecard")}${share}.`;
}
