// Three-way merge of one question's score (or the summary draft) when another tab or device saved
// first. Fields only one side changed take that side; a field both changed differently is a real
// conflict: ratings keep this tab's choice, texts keep both, and the caller tells the user.
import type { QuestionScore, SummaryDraft } from "./schema";

export const OTHER_TAB_MARKER = "— also written in another tab —";

export interface MergeResult<T> {
  value: T;
  /** Fields that both sides changed differently. */
  conflicts: string[];
}

function pick<T>(base: T, mine: T, theirs: T, equal: (a: T, b: T) => boolean = Object.is) {
  if (equal(mine, base)) return { value: theirs, conflict: false };
  if (equal(theirs, base) || equal(mine, theirs)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

function mergeText(base: string, mine: string, theirs: string) {
  const choice = pick(base, mine, theirs);
  if (!choice.conflict) return choice;
  // One side only added to the other's text: the longer one holds both.
  if (mine.startsWith(theirs)) return { value: mine, conflict: false };
  if (theirs.startsWith(mine)) return { value: theirs, conflict: false };
  return { value: `${theirs}\n\n${OTHER_TAB_MARKER}\n${mine}`, conflict: true };
}

/** Items ticked or unticked on either side since the base are ticked or unticked in the result. */
function mergeSet(base: number[], mine: number[], theirs: number[]) {
  const added = [...mine, ...theirs].filter((item) => !base.includes(item));
  const kept = base.filter((item) => mine.includes(item) && theirs.includes(item));
  return [...new Set([...kept, ...added])].sort((a, b) => a - b);
}

export function mergeQuestionScore(base: QuestionScore, mine: QuestionScore, theirs: QuestionScore): MergeResult<QuestionScore> {
  const rating = pick(base.rating, mine.rating, theirs.rating);
  const notes = mergeText(base.notes, mine.notes, theirs.notes);
  return {
    value: {
      rating: rating.value,
      notes: notes.value,
      keyPointsCovered: mergeSet(base.keyPointsCovered, mine.keyPointsCovered, theirs.keyPointsCovered),
      redFlagsRaised: mergeSet(base.redFlagsRaised, mine.redFlagsRaised, theirs.redFlagsRaised),
      elapsedSeconds: Math.max(mine.elapsedSeconds, theirs.elapsedSeconds),
    },
    conflicts: [...(rating.conflict ? ["rating"] : []), ...(notes.conflict ? ["notes"] : [])],
  };
}

export function mergeSummaryDraft(base: SummaryDraft, mine: SummaryDraft, theirs: SummaryDraft): MergeResult<SummaryDraft> {
  const summary = mergeText(base.summary, mine.summary, theirs.summary);
  const recommendation = pick(base.recommendation, mine.recommendation, theirs.recommendation);
  return {
    value: { summary: summary.value, recommendation: recommendation.value },
    conflicts: [...(summary.conflict ? ["summary"] : []), ...(recommendation.conflict ? ["recommendation"] : [])],
  };
}
