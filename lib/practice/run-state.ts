// The state of one practice run as the browser keeps it (in localStorage, so a reload continues):
// the grades given, the questions graded Again that come back later in the run (as in Anki: when
// their learning step is over, or at the end when nothing else is left), and the one grade that
// may still be undone. Pure functions, no React: tested directly (run-state.test.ts).
import { createEmptyCard, type Grade as FsrsGrade, type FSRS } from "ts-fsrs";
import type { Grade } from "./grades";
import { fromCard, toCard, type CardFields } from "./scheduler";

export interface RunDraft {
  answer: string;
  ticked: number[];
  revealed: boolean;
}

export interface RunStep {
  questionId: string;
  grade: Grade;
  reviewId: string;
  at: number;
}

/** A card as JSON keeps it (dates as milliseconds). */
export type StoredCard = Omit<CardFields, "due" | "lastReview"> & { due: number; lastReview: number | null };

export interface RunState {
  steps: RunStep[];
  /** Questions graded Again and not yet graded since, with when they come back (ms). */
  again: Record<string, number>;
  /** Each question's card after this run's grades (for the "again in …" previews). */
  cards: Record<string, StoredCard>;
  /** Questions taken out of the run (suspended). */
  removed: string[];
  /** The question on screen; undefined before the first, null once the run is complete. */
  current?: string | null;
  /** The last grade, and the run as it was before it: undo goes back to that, once. */
  last: { step: RunStep; draft: RunDraft; before: Omit<RunState, "last"> } | null;
}

export const EMPTY_RUN: RunState = { steps: [], again: {}, cards: {}, removed: [], last: null };

export const storeCard = (card: CardFields): StoredCard => ({ ...card, due: card.due.getTime(), lastReview: card.lastReview?.getTime() ?? null });
export const readCard = (card: StoredCard): CardFields => ({ ...card, due: new Date(card.due), lastReview: card.lastReview === null ? null : new Date(card.lastReview) });

/**
 * What to show next: a relearning question whose step is over (earliest first), else the next
 * question not yet graded, else the relearning question that comes back soonest (shown early,
 * since nothing else is left), else nothing: the run is complete.
 */
export function nextQuestion(state: Omit<RunState, "last">, ids: string[], now: number): string | null {
  const live = new Set(ids.filter((id) => !state.removed.includes(id)));
  const again = Object.entries(state.again)
    .filter(([id]) => live.has(id))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  if (again[0] && again[0][1] <= now) return again[0][0];
  const graded = new Set(state.steps.map((step) => step.questionId));
  const fresh = ids.find((id) => live.has(id) && !graded.has(id));
  if (fresh) return fresh;
  return again[0]?.[0] ?? null;
}

/** The question on screen (the stored one while it is still in the run). */
export function currentQuestion(state: RunState, ids: string[], now: number): string | null {
  if (state.current === null) return null;
  if (state.current !== undefined && ids.includes(state.current) && !state.removed.includes(state.current)) return state.current;
  return nextQuestion(state, ids, now);
}

/** The run after grading `step.questionId`; `card` is the question's card before the grade (null: new). */
export function gradeRun(state: RunState, ids: string[], step: RunStep, card: CardFields | null, draft: RunDraft, scheduler: FSRS): RunState {
  const { last: _last, ...before } = state;
  const next = scheduler.next(card ? toCard(card) : createEmptyCard(new Date(step.at)), new Date(step.at), step.grade as FsrsGrade).card;
  const again = { ...state.again };
  delete again[step.questionId];
  // Only Again brings a question back within the run; any other grade finishes it for today.
  if (step.grade === 1) again[step.questionId] = next.due.getTime();
  const graded: Omit<RunState, "last"> = {
    ...before,
    steps: [...state.steps, step],
    again,
    cards: { ...state.cards, [step.questionId]: storeCard(fromCard(next)) },
  };
  return { ...graded, current: nextQuestion(graded, ids, step.at), last: { step, draft, before: { ...before, current: step.questionId } } };
}

/** The run before its last grade, and that grade; null when there is nothing to undo. Undone once: the result has no last grade. */
export function undoRun(state: RunState): { state: RunState; step: RunStep; draft: RunDraft } | null {
  if (!state.last) return null;
  return { state: { ...state.last.before, last: null }, step: state.last.step, draft: state.last.draft };
}

/** Takes a question out of the run (suspended); the grade before it can no longer be undone. */
export function removeFromRun(state: RunState, ids: string[], questionId: string, now: number): RunState {
  const again = { ...state.again };
  delete again[questionId];
  const removed: Omit<RunState, "last"> = { ...state, again, removed: [...state.removed, questionId] };
  return { ...removed, current: nextQuestion(removed, ids, now), last: null };
}

/** How far the run is: questions finished (graded, not waiting to come back) and waiting to relearn. */
export function runProgress(state: RunState, ids: string[]) {
  const live = ids.filter((id) => !state.removed.includes(id));
  const graded = new Set(state.steps.map((step) => step.questionId));
  const relearning = live.filter((id) => id in state.again).length;
  return { total: live.length, seen: live.filter((id) => graded.has(id)).length, finished: live.filter((id) => graded.has(id) && !(id in state.again)).length, relearning };
}
