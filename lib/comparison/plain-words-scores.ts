// One sentence per score figure: adjusted ratings, composites and their margins, comparisons of two
// candidates, questions, and the reliability study of a plan.
import { decisionStudy, type GStudy } from "./g-study";
import type { AdjustedRating, Leniency, NotAdjustedReason } from "./leniency";
import { Z_95, type CompositeComparison } from "./measurement-error";
import { between, coefficient, count, percent, points, score, spelled } from "./plain-words-format";
import type { QuestionAnalytics } from "./question-analytics";

function shownAsGiven(reason: NotAdjustedReason, interviewer: string): string {
  switch (reason.code) {
    case "too-short-history":
      return `Shown as given: ${interviewer} has ${count(reason.scorecards, "earlier interview")} with other candidates on record, and an adjustment needs ${reason.needed}.`;
    case "pool-too-small":
      return `Shown as given: too few earlier interviews overall (${count(reason.interviewers, "interviewer")}) to tell a lenient interviewer from a strict one.`;
    case "no-spread":
      return "Shown as given: every earlier interview averaged the same rating, so there is no leniency to measure.";
  }
}

/** "A 4 from Dana, who rates about 0.4 points above the average interviewer, counts as 3.60." */
export function sayAdjustment(rating: AdjustedRating, leniency: Leniency, interviewer: string): string {
  if (leniency.kind === "not-adjusted") return shownAsGiven(leniency.reason, interviewer);
  const lean =
    Math.abs(leniency.value) < 0.05
      ? `who rates about like the average interviewer`
      : `who rates about ${points(leniency.value)} ${leniency.value > 0 ? "above" : "below"} the average interviewer`;
  const adjusted = rating.adjusted ?? rating.raw;
  const outside = rating.outside === "above" ? ", above the top of the scale" : rating.outside === "below" ? ", below the bottom of the scale" : "";
  const same = leniency.identicalHistory ? ` (${interviewer} has given the same marks every time, so how much interviewers vary in general is used)` : "";
  return `A ${rating.raw} from ${interviewer}, ${lean}, counts as ${score(adjusted)}${outside}${same}.`;
}

/**
 * One scorecard's adjustment as a whole: "Dana rates about 0.4 points above the average interviewer (judged
 * from 8 earlier interviews with other candidates), so each of these ratings counts 0.4 points lower."
 */
export function sayLeniency(leniency: Leniency, interviewer: string): string {
  if (leniency.kind === "not-adjusted") return shownAsGiven(leniency.reason, interviewer);
  const from = `judged from ${count(leniency.scorecards, "earlier interview")} with other candidates`;
  const same = leniency.identicalHistory ? `; ${interviewer} has given the same marks every time, so how much interviewers vary in general is used` : "";
  if (Math.abs(leniency.value) < 0.05) return `${interviewer} rates about like the average interviewer (${from}${same}), so these ratings stand almost as given.`;
  const direction = leniency.value > 0 ? "above" : "below";
  return `${interviewer} rates about ${points(leniency.value)} ${direction} the average interviewer (${from}${same}), so each of these ratings counts ${points(leniency.value)} ${leniency.value > 0 ? "lower" : "higher"}.`;
}

/** The composite adjusted for leniency, or why there is none (never a mix of adjusted ratings and ratings shown as given). */
export function sayAdjustedComposite(raw: number, adjusted: number | null, notAdjusted: number, ratings: number): string {
  if (adjusted === null) {
    return `No adjusted composite: ${notAdjusted} of the ${count(ratings, "rating")} ${notAdjusted === 1 ? "is" : "are"} shown as given (the reasons are listed below), and averaging them with adjusted ones would mix two scales.`;
  }
  const shift = adjusted - raw;
  if (Math.abs(shift) < 0.005) return `Allowing for how leniently its interviewers rate, the composite stays at ${score(raw)}.`;
  return `Allowing for how leniently its interviewers rate, the composite is ${score(adjusted)} instead of ${score(raw)} (${points(shift)} ${shift > 0 ? "higher" : "lower"}).`;
}

interface TooFew {
  candidates: number;
  needed: number;
  reason: string;
}

function tooFewWhy(p: TooFew, scope: string): string {
  return p.needed > 0
    ? `only ${count(p.candidates, "candidate has", "candidates have")} been interviewed ${scope}, and ${p.needed} more ${p.needed === 1 ? "is" : "are"} needed`
    : p.reason;
}

/** Why a composite's margin cannot be given yet: how many candidates there are and how many more are needed. */
export function sayPrecisionNotYet(p: TooFew, scope = "with this plan"): string {
  return `How far this composite could be off cannot be sized yet: ${tooFewWhy(p, scope)}.`;
}

/** One sentence for a whole comparison whose pairs all lack the sample for a verdict, for the same reason. */
export function sayDifferencesNotYet(p: TooFew, scope = "with this plan"): string {
  return `Whether any two of these candidates really differ cannot be judged yet: ${tooFewWhy(p, scope)}.`;
}

/** "Composite 3.20, give or take 0.40 (95%: 2.80 to 3.60)." */
export function sayComposite(composite: number, standardError: number): string {
  const margin = Z_95 * standardError;
  return `Composite ${score(composite)}, give or take ${score(margin)}: the interviews place this candidate somewhere from ${score(composite - margin)} to ${score(composite + margin)}.`;
}

/** "Alex and Blair are not distinguishable on this evidence: …" */
export function sayDifference(a: string, b: string, comparison: CompositeComparison, scope = "with this plan"): string {
  if (comparison.kind === "too-few") {
    return `Whether ${a} and ${b} really differ cannot be judged yet: ${tooFewWhy(comparison, scope)}.`;
  }
  const [higher, lower] = comparison.difference >= 0 ? [a, b] : [b, a];
  const gap = points(comparison.difference);
  if (!comparison.distinguishable) {
    return `${a} and ${b} are not distinguishable on this evidence: their composites differ by ${gap}, within the ${points(comparison.margin)} that measurement error alone could produce.`;
  }
  return `${higher} scored ${gap} higher than ${lower}, more than measurement error (${points(comparison.margin)}) explains.`;
}

/** One question over every interview that asked it. */
export function sayQuestion(q: QuestionAnalytics): string {
  const asked = `Asked in ${count(q.timesAsked, "interview")}; ratings average ${score(q.mean)}`;
  const edge = q.ceilingRate >= 0.5 ? `, ${percent(q.ceilingRate)} of them a 4` : q.floorRate >= 0.5 ? `, ${percent(q.floorRate)} of them a 1` : "";
  switch (q.separates.kind) {
    case "too-few":
      return `${asked}${edge}. Too early to tell whether it separates candidates: ${count(q.separates.n, "scorecard")} so far, ${q.separates.needed} more needed.`;
    case "undecided":
      return `${asked}${edge}.`;
    case "verdict":
      if (q.separates.verdict === "does-not-separate") return `${asked}${edge}. It does not separate candidates: ${q.reasons.join("; ")}.`;
      if (q.discrimination.kind === "estimate") {
        const r = q.discrimination.estimate;
        const likely = r.interval ? `, likely ${between(r.interval)}` : "";
        return `${asked}${edge}. It separates candidates: those who do well on it tend to do well on the rest (r ${coefficient(r.value)}${likely}).`;
      }
      return `${asked}${edge}.`;
  }
}

const PARTS: [keyof Extract<GStudy, { kind: "g-study" }>["shares"], string][] = [
  ["candidate", "differences between candidates"],
  ["interviewer", "interviewers"],
  ["question", "questions"],
];

/** "Of the spread in ratings, 38% comes from differences between candidates, … Ranking candidates by composite … is .71 reliable." */
export function sayGStudy(g: GStudy): string {
  if (g.kind === "insufficient") return `No reliability study yet: ${g.reason}.`;
  const named = PARTS.map(([key, words], i) => `${percent(g.shares[key])}${i === 0 ? " comes" : ""} from ${words}`);
  const rest = 1 - PARTS.reduce((sum, [key]) => sum + g.shares[key], 0);
  const verdict = g.sample.sufficient
    ? `Ranking candidates by composite, as interviews are run now, is ${coefficient(g.relative)} reliable.`
    : `With ${count(g.sample.candidates, "candidate")} this is a first look; ${g.sample.needed} more are needed before relying on it.`;
  return `Of the spread in ratings, ${named.join(", ")} and ${percent(rest)} from how particular interviewers see particular candidates and questions, or noise. ${verdict}`;
}

/** "With 3 interviewers and 6 questions the composite's reliability is .78; 4 interviewers would give .83." */
export function sayDecisionStudy(g: Extract<GStudy, { kind: "g-study" }>, now: { interviewers: number; questions: number }): string {
  const at = (interviewers: number, questions: number) => decisionStudy(g, { interviewers, questions }).relative;
  const current = at(now.interviewers, now.questions);
  const oneMore = at(now.interviewers + 1, now.questions);
  const twoMoreQuestions = at(now.interviewers, now.questions + 2);
  const who = `${count(now.interviewers, "interviewer")} and ${count(now.questions, "question")}`;
  return (
    `With ${who} the composite's reliability is ${coefficient(current)}; ` +
    `${count(now.interviewers + 1, "interviewer")} would give ${coefficient(oneMore)}, ${spelled(2)} more questions ${coefficient(twoMoreQuestions)}.`
  );
}
