"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { link } from "@/components/ui/styles";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import type { Grade } from "@/lib/practice/grades";
import { GradeButtons } from "./grade-buttons";
import { OutboxStatusBadge } from "./outbox-status";
import { RunComplete } from "./run-complete";
import { QuestionCard, RevealedAnswer, type RunQuestion } from "./run-question";
import { usePracticeRun } from "./use-practice-run";
import { useReviewOutbox } from "./use-review-outbox";

/**
 * A practice run: one question at a time; type an answer, reveal the model answer, tick the key
 * points covered, grade Again / Hard / Good / Easy. Space reveals and 1–4 grade (not while typing
 * in the answer box; Esc leaves it). What is typed and graded is kept in this browser at once
 * (usePracticeRun), so a reload or a lost connection loses nothing.
 */
export function PracticeRun({ questions, userId, runKey }: { questions: RunQuestion[]; userId: string | null; runKey: string }) {
  const { outbox, snapshot, copy } = useReviewOutbox(userId);
  const run = usePracticeRun(questions, userId, runKey, outbox);
  const { done, current, draft } = run;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new question: move focus to its title so Space and 1–4 work at once and screen readers read it.
  useEffect(() => {
    if (done && current) headingRef.current?.focus();
  }, [done, current]);

  useShortcutKeys(
    (event) => {
      if (!current) return false;
      const onControl = event.target instanceof Element && event.target.closest("button, a, input, summary");
      if (event.key === " " && !draft.revealed && !onControl) run.reveal();
      else if (draft.revealed && /^[1-4]$/.test(event.key)) run.grade(Number(event.key) as Grade);
      else return false;
      return true;
    },
    { onLeaveText: () => headingRef.current?.focus() },
  );

  const status = userId ? (
    <OutboxStatusBadge snapshot={snapshot} copy={copy} />
  ) : (
    <p className="text-right text-xs text-muted">
      Guest: kept in this browser. <Link href="/sign-up" className={link}>Sign up</Link> to keep it.
    </p>
  );
  const announcer = (
    <div role="status" aria-live="polite" className="sr-only">
      {run.announcement}
    </div>
  );

  if (done && !current) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <RunComplete questions={questions} done={done} signedIn={userId !== null} status={status} />
        {announcer}
      </div>
    );
  }
  if (!current) return null;

  const total = questions.length;
  return (
    <div className="practice-run mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-muted" id="run-progress-label">
            Question {Math.min(run.position, total)} of {total}
          </p>
          <progress aria-labelledby="run-progress-label" max={total} value={run.position - 1} className="mt-1 h-1.5 w-full max-w-xs overflow-hidden rounded-full accent-[var(--accent)]" />
        </div>
        {status}
      </div>
      <QuestionCard question={current} draft={draft} headingRef={headingRef} onAnswer={(answer) => run.updateDraft({ answer })} onReveal={run.reveal} />
      {draft.revealed ? (
        <>
          <RevealedAnswer question={current} ticked={draft.ticked} onTicked={(ticked) => run.updateDraft({ ticked })} />
          <GradeButtons ticked={draft.ticked.length} keyPoints={current.keyPoints.length} intervals={run.intervals} onGrade={run.grade} />
        </>
      ) : null}
      {announcer}
    </div>
  );
}
