"use client";

import { useMemo, useState } from "react";
import { createEmptyCard, type Grade as FsrsGrade } from "ts-fsrs";
import { readStored, useStoredJson, writeStored } from "@/components/ui/use-stored-json";
import { GUEST_HISTORY_KEY, readReviews, type ReviewOutbox } from "@/lib/practice/outbox";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import { currentQuestion, EMPTY_RUN, gradeRun, readCard, removeFromRun, runProgress, undoRun, type RunDraft, type RunState } from "@/lib/practice/run-state";
import { schedulerFor, toCard, type CardFields } from "@/lib/practice/scheduler";
import type { ReviewInput } from "@/lib/practice/schema";
import { newReviewId } from "./send-reviews";
import type { RunQuestion } from "./run-question";

export type Draft = RunDraft;

export const GRADES = [1, 2, 3, 4] as const;
const EMPTY_DRAFT: Draft = { answer: "", ticked: [], revealed: false };
const PREFIX = "interview-bank:practice:";

function interval(ms: number) {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  return days === 1 ? "1 day" : days < 60 ? `${days} days` : `${Math.round(days / 30)} months`;
}

/** When each grade would bring the question back, from ts-fsrs (for display; the server decides). */
function previews(fields: CardFields | null, now: Date, retention: number) {
  const outcomes = schedulerFor(retention).repeat(fields ? toCard(fields) : createEmptyCard(now), now);
  return Object.fromEntries(GRADES.map((grade) => [grade, interval(outcomes[grade as FsrsGrade].card.due.getTime() - now.getTime())])) as Record<Grade, string>;
}

/**
 * A practice run's state, all of it kept in this browser at once (use-stored-json.ts) so a reload
 * or a lost connection loses nothing: the run (lib/practice/run-state.ts: grades given, questions
 * graded Again that come back, the one grade that can be undone; null until the page runs in the
 * browser) and the current question's draft (typed answer, ticks, revealed). Signed-in grades and
 * undos go through the review outbox, a guest's stay in this browser.
 */
export function usePracticeRun(questions: RunQuestion[], userId: string | null, runKey: string, outbox: ReviewOutbox | null, retention: number) {
  const owner = userId ?? "guest";
  const runStorageKey = `${PREFIX}run:${owner}:${runKey}`;
  const raw = useStoredJson<unknown>(runStorageKey, EMPTY_RUN);
  // A run stored before relearning came (a map of grades, no steps) starts again.
  const stored = raw === null ? null : Array.isArray((raw as Partial<RunState>).steps) ? (raw as RunState) : EMPTY_RUN;
  const ids = useMemo(() => questions.map((question) => question.id), [questions]);
  // The clock is read when the run moves on (in gradeRun); here only to place a run that has none yet.
  const currentId = stored ? currentQuestion(stored, ids, 0) : (ids[0] ?? null);
  const current = questions.find((question) => question.id === currentId) ?? null;
  const draftKey = current ? `${PREFIX}draft:${owner}:${current.id}` : null;
  const draft = useStoredJson(draftKey, EMPTY_DRAFT) ?? EMPTY_DRAFT;
  const [announcement, setAnnouncement] = useState("");
  const run = stored ?? EMPTY_RUN;
  const progress = runProgress(run, ids);
  const returning = current ? run.steps.some((step) => step.questionId === current.id) : false;
  const card = current ? (run.cards[current.id] ? readCard(run.cards[current.id]!) : current.card) : null;
  // Computed when the question is shown: "back in 10 min" counts from then.
  const intervals = useMemo(() => (current ? previews(card, new Date(), retention) : null), [current, card, retention]);

  function updateDraft(change: Partial<Draft>) {
    if (draftKey) writeStored(draftKey, { ...readStored(draftKey, EMPTY_DRAFT), ...change });
  }

  function reveal() {
    updateDraft({ revealed: true });
    setAnnouncement("Model answer shown. Tick the key points you covered, then grade yourself with 1 to 4.");
  }

  function grade(value: Grade) {
    if (!current || !stored || !draftKey) return;
    const at = new Date();
    const review: ReviewInput = {
      id: newReviewId(),
      questionId: current.id,
      grade: value,
      answer: draft.answer,
      keyPointsTicked: [...draft.ticked].sort((a, b) => a - b),
      reviewedAt: at.toISOString(),
    };
    // Stored before anything else: the grade survives a reload from this moment on.
    if (outbox) outbox.add({ ...review, title: current.title });
    else writeStored(GUEST_HISTORY_KEY, [...readReviews(window.localStorage, GUEST_HISTORY_KEY), { ...review, fromGuest: true }]);
    const next = gradeRun(stored, ids, { questionId: current.id, grade: value, reviewId: review.id, at: at.getTime() }, card, draft, schedulerFor(retention));
    writeStored(runStorageKey, next);
    writeStored(draftKey, null);
    const left = runProgress(next, ids);
    const remaining = left.total - left.finished;
    setAnnouncement(
      `Graded ${GRADE_LABELS[value]}.${value === 1 ? " It comes back later in this run." : ""} ${remaining > 0 ? `${remaining} to go.` : "Run complete."} Press U to undo.`,
    );
  }

  /** Takes back the last grade, once: the question is shown again with what was typed and ticked. */
  function undo() {
    if (!stored) return;
    const undone = undoRun(stored);
    if (!undone) return;
    if (outbox) outbox.add({ id: newReviewId(), undoOf: undone.step.reviewId, questionId: undone.step.questionId });
    else
      writeStored(
        GUEST_HISTORY_KEY,
        readReviews(window.localStorage, GUEST_HISTORY_KEY).filter((review) => review.id !== undone.step.reviewId),
      );
    writeStored(runStorageKey, undone.state);
    writeStored(`${PREFIX}draft:${owner}:${undone.step.questionId}`, { ...undone.draft, revealed: true });
    setAnnouncement(`Grade ${GRADE_LABELS[undone.step.grade]} undone. Grade the question again.`);
  }

  /** The current question was suspended: on to the next one. */
  function remove(questionId: string) {
    if (!stored) return;
    writeStored(runStorageKey, removeFromRun(stored, ids, questionId, Date.now()));
    setAnnouncement("Suspended: it will not come back in any run.");
  }

  const canUndo = Boolean(stored?.last);
  const lastGrade = stored?.last ? { grade: stored.last.step.grade, title: questions.find((q) => q.id === stored.last!.step.questionId)?.title ?? "" } : null;
  return { run: stored, current, progress, returning, draft, intervals, announcement, updateDraft, reveal, grade, undo, remove, canUndo, lastGrade };
}
