"use client";

import { useMemo, useState } from "react";
import { createEmptyCard, type Grade as FsrsGrade } from "ts-fsrs";
import { readStored, useStoredJson, writeStored } from "@/components/ui/use-stored-json";
import { GUEST_HISTORY_KEY, readReviews, type ReviewOutbox } from "@/lib/practice/outbox";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import { scheduler, toCard, type CardFields } from "@/lib/practice/scheduler";
import type { ReviewInput } from "@/lib/practice/schema";
import { newReviewId } from "./send-reviews";
import type { RunQuestion } from "./run-question";

export interface Draft {
  answer: string;
  ticked: number[];
  revealed: boolean;
}

export const GRADES = [1, 2, 3, 4] as const;
const EMPTY_DRAFT: Draft = { answer: "", ticked: [], revealed: false };
const NO_GRADES: Record<string, Grade> = {};
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
function previews(fields: CardFields | null, now: Date) {
  const outcomes = scheduler.repeat(fields ? toCard(fields) : createEmptyCard(now), now);
  return Object.fromEntries(GRADES.map((grade) => [grade, interval(outcomes[grade as FsrsGrade].card.due.getTime() - now.getTime())])) as Record<Grade, string>;
}

/**
 * A practice run's state, all of it kept in this browser at once (use-stored-json.ts) so a reload
 * or a lost connection loses nothing: which questions are graded (`done`, null until the page
 * runs in the browser), the current question's draft (typed answer, ticks, revealed), and what
 * grading did. Signed-in grades go through the review outbox, a guest's stay in this browser.
 */
export function usePracticeRun(questions: RunQuestion[], userId: string | null, runKey: string, outbox: ReviewOutbox | null) {
  const owner = userId ?? "guest";
  const runStorageKey = `${PREFIX}run:${owner}:${runKey}`;
  const done = useStoredJson(runStorageKey, NO_GRADES);
  const current = done ? questions.find((question) => !(question.id in done)) : questions[0];
  const draftKey = current ? `${PREFIX}draft:${owner}:${current.id}` : null;
  const draft = useStoredJson(draftKey, EMPTY_DRAFT) ?? EMPTY_DRAFT;
  const [announcement, setAnnouncement] = useState("");

  const position = done ? questions.filter((question) => question.id in done).length + 1 : 1;
  // Computed when the question is shown: "again in 10 min" counts from then.
  const intervals = useMemo(() => (current ? previews(current.card, new Date()) : null), [current]);

  function updateDraft(change: Partial<Draft>) {
    if (draftKey) writeStored(draftKey, { ...readStored(draftKey, EMPTY_DRAFT), ...change });
  }

  function reveal() {
    updateDraft({ revealed: true });
    setAnnouncement("Model answer shown. Tick the key points you covered, then grade yourself with 1 to 4.");
  }

  function grade(value: Grade) {
    if (!current || !done || !draftKey) return;
    const review: ReviewInput = {
      id: newReviewId(),
      questionId: current.id,
      grade: value,
      answer: draft.answer,
      keyPointsTicked: [...draft.ticked].sort((a, b) => a - b),
      reviewedAt: new Date().toISOString(),
    };
    // Stored before anything else: the grade survives a reload from this moment on.
    if (outbox) outbox.add({ ...review, title: current.title });
    else writeStored(GUEST_HISTORY_KEY, [...readReviews(window.localStorage, GUEST_HISTORY_KEY), { ...review, fromGuest: true }]);
    const nextDone = { ...done, [current.id]: value };
    writeStored(runStorageKey, nextDone);
    writeStored(draftKey, null);
    const remaining = questions.length - Object.keys(nextDone).filter((id) => questions.some((q) => q.id === id)).length;
    setAnnouncement(`Graded ${GRADE_LABELS[value]}. ${remaining > 0 ? `${remaining} to go.` : "Run complete."}`);
  }

  return { done, current, position, draft, intervals, announcement, updateDraft, reveal, grade };
}
