// Three-way merge of one question's score (or the summary draft) when another tab or device saved
// first. Fields only one side changed take that side; ratings both changed keep this tab's choice;
// texts merge line by line (merge-text.ts), so each side's additions appear once and only lines
// both changed are kept twice, between markers. The caller shows the result and tells the user.
import { mergeText } from "./merge-text";
import type { QuestionScore, SummaryDraft } from "./schema";

export { OTHER_TAB_MARKER } from "./merge-text";

export interface MergeResult<T> {
  value: T;
  /** Fields that both sides changed differently (texts: the same lines). */
  conflicts: string[];
  /** Text fields whose merged text differs from this side's: another tab's writing came in. */
  merged: string[];
}

function pick<T>(base: T, mine: T, theirs: T) {
  if (Object.is(mine, base)) return { value: theirs, conflict: false };
  if (Object.is(theirs, base) || Object.is(mine, theirs)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

/** Items ticked or unticked on either side since the base are ticked or unticked in the result. */
function mergeSet(base: number[], mine: number[], theirs: number[]) {
  const added = [...mine, ...theirs].filter((item) => !base.includes(item));
  const kept = base.filter((item) => mine.includes(item) && theirs.includes(item));
  return [...new Set([...kept, ...added])].sort((a, b) => a - b);
}

function textField(name: string, base: string, mine: string, theirs: string) {
  const { text, conflict } = mergeText(base, mine, theirs);
  return { text, conflicts: conflict ? [name] : [], merged: text !== mine ? [name] : [] };
}

export function mergeQuestionScore(base: QuestionScore, mine: QuestionScore, theirs: QuestionScore): MergeResult<QuestionScore> {
  const rating = pick(base.rating, mine.rating, theirs.rating);
  const notes = textField("notes", base.notes, mine.notes, theirs.notes);
  return {
    value: {
      rating: rating.value,
      notes: notes.text,
      keyPointsCovered: mergeSet(base.keyPointsCovered, mine.keyPointsCovered, theirs.keyPointsCovered),
      redFlagsRaised: mergeSet(base.redFlagsRaised, mine.redFlagsRaised, theirs.redFlagsRaised),
      elapsedSeconds: Math.max(mine.elapsedSeconds, theirs.elapsedSeconds),
    },
    conflicts: [...(rating.conflict ? ["rating"] : []), ...notes.conflicts],
    merged: notes.merged,
  };
}

export function mergeSummaryDraft(base: SummaryDraft, mine: SummaryDraft, theirs: SummaryDraft): MergeResult<SummaryDraft> {
  const summary = textField("summary", base.summary, mine.summary, theirs.summary);
  const recommendation = pick(base.recommendation, mine.recommendation, theirs.recommendation);
  return {
    value: { summary: summary.text, recommendation: recommendation.value },
    conflicts: [...summary.conflicts, ...(recommendation.conflict ? ["recommendation"] : [])],
    merged: summary.merged,
  };
}
