// One sentence a recruiter understands for each agreement figure, to print beside the number
// (on the page and in the printable report). Each says what the number means and, where it is
// weak, what to do; none needs the reader to know what an ICC or κ is.
import type { OneWayIccWithInterval } from "./icc-intervals";
import type { KappaWithInterval } from "./kappa-interval";
import { between, coefficient, count, spelled } from "./plain-words-format";
import type { RwgBand, RwgResult } from "./rwg";
import type { SampleVerdict } from "./verdicts";

const RWG_WORDS: Record<RwgBand, string> = {
  "very strong": "agreed very closely",
  strong: "agreed closely",
  moderate: "agreed moderately",
  weak: "agreed only weakly",
  none: "agreed no more than random ratings would",
};

function gapWords(gap: number, questions: number): string {
  if (gap === 0) return `gave identical ratings on ${questions === 1 ? "the question" : `all ${questions} questions`}`;
  if (gap === 1) return `never more than a point apart on any of the ${questions} questions`;
  return `up to ${spelled(gap)} points apart on at least one of the ${questions} questions`;
}

/** Agreement within one interview: "The two interviewers agreed closely: never more than a point apart on any of the 6 questions." */
export function sayPanelAgreement(result: RwgResult): string {
  if (result.kind === "insufficient") {
    const left = result.droppedItems > 0 ? ` (${count(result.droppedItems, "question")} had a rating from one interviewer only)` : "";
    return `Too little to judge agreement: ${count(result.items, "question was", "questions were")} rated by two or more interviewers, and it takes 3${left}.`;
  }
  const who = result.raters === 2 ? "The two interviewers" : `The ${spelled(result.raters)} interviewers`;
  const left = result.droppedItems > 0 ? ` (${count(result.droppedItems, "question")} rated by one interviewer only ${result.droppedItems === 1 ? "is" : "are"} left out)` : "";
  const tail = result.band === "none" ? "; compare their notes before relying on the scores" : "";
  return `${who} ${RWG_WORDS[result.band]}: ${gapWords(result.largestGap, result.items)}${left}${tail}.`;
}

/** Two interviewers over many shared questions: weighted κ with its interval. */
export function sayKappa(result: KappaWithInterval): string {
  if (result.kind === "insufficient") return `No agreement figure: ${result.reason}.`;
  const { value, interval } = result.estimate;
  if (result.verdict.kind !== "verdict") {
    return `Too early to judge these two interviewers' agreement: κ ${coefficient(value)} from ${count(result.pairs, "shared rating")}; about ${result.verdict.needed ?? "many"} more are needed.`;
  }
  const span = interval ? ` (κ ${coefficient(value)}, likely ${between(interval)})` : ` (κ ${coefficient(value)})`;
  if (value <= 0) return `These two interviewers agreed no better than chance would${span}: read both scorecards before relying on either.`;
  const words = value < 0.5 ? "agreed only a little more than chance would" : value < 0.75 ? "agreed moderately" : value <= 0.9 ? "agreed well" : "agreed almost always";
  return `These two interviewers ${words}${span}.`;
}

/** "Only 3 interviews so far; about 7 more are needed before this can be judged." */
export function sayNotYet(verdict: Extract<SampleVerdict<string>, { kind: "too-few" | "undecided" }>, unit = "interview"): string {
  const more = verdict.needed === null ? "more than can be foreseen" : `about ${verdict.needed} more`;
  if (verdict.kind === "too-few") return `Only ${count(verdict.n, unit)} so far; ${more} ${verdict.needed === 1 ? "is" : "are"} needed before this can be judged.`;
  return `Not settled after ${count(verdict.n, unit)}; ${verdict.needed === null ? "the evidence sits on the line and more interviews are unlikely to settle it" : `${more} would settle it if the pattern holds`}.`;
}

/** A question's rubric across interviews: ICC(1,1) over the panels, with the verdict (or why there is none). */
export function sayRubricAgreement(icc: OneWayIccWithInterval, verdict: SampleVerdict<"works" | "needs-work">): string {
  if (icc.kind === "insufficient") {
    const more = verdict.kind === "too-few" ? `; about ${verdict.needed} more interviews are needed` : "";
    return `Not enough to judge this question's rubric yet: ${icc.reason}${more}.`;
  }
  const { value, interval } = icc.single;
  const figure = interval ? `ICC ${coefficient(value)}, likely ${between(interval)}` : `ICC ${coefficient(value)}`;
  switch (verdict.kind) {
    case "too-few":
    case "undecided":
      return `Panels' agreement on this question is not yet clear (${figure}). ${sayNotYet(verdict)}`;
    case "verdict":
      return verdict.verdict === "works"
        ? `Panels rate this question consistently (${figure}): the rubric works.`
        : `Panels often disagree on this question (${figure}): the rubric needs clearer anchors.`;
  }
}
