"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef } from "react";
import { buttonGhost, link } from "@/components/ui/styles";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import { GradeButtons } from "./grade-buttons";
import { OutboxStatusBadge } from "./outbox-status";
import { QuestionMarks } from "./question-marks";
import { RunComplete } from "./run-complete";
import { QuestionCard, RevealedAnswer, type RunQuestion } from "./run-question";
import { usePracticeRun } from "./use-practice-run";
import { useReviewOutbox } from "./use-review-outbox";

/**
 * A practice run: one question at a time; type an answer, reveal the model answer, tick the key
 * points covered, grade Again / Hard / Good / Easy. Space reveals, 1–4 grade and U undoes the last
 * grade (not while typing in the answer box; Esc leaves it). A question graded Again comes back
 * later in the run. What is typed and graded is kept in this browser at once (usePracticeRun), so
 * a reload or a lost connection loses nothing.
 */
export function PracticeRun({ questions, userId, runKey, retention }: { questions: RunQuestion[]; userId: string | null; runKey: string; retention: number }) {
  const { outbox, snapshot, copy, loaded } = useReviewOutbox(userId);
  const run = usePracticeRun(questions, userId, runKey, outbox, retention);
  const { run: state, current, draft, progress } = run;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepCount = state?.steps.length ?? 0;

  // A new question (or the same one back again): move focus to its title so Space and 1–4 work at once and screen readers read it.
  useEffect(() => {
    if (state && current) headingRef.current?.focus();
  }, [state, current, stepCount]);

  useShortcutKeys(
    (event) => {
      const onControl = event.target instanceof Element && event.target.closest("button, a, input, summary, textarea");
      if ((event.key === "u" || event.key === "U") && run.canUndo && !onControl) run.undo();
      else if (!current) return false;
      else if (event.key === " " && !draft.revealed && !onControl) run.reveal();
      else if (draft.revealed && /^[1-4]$/.test(event.key)) run.grade(Number(event.key) as Grade);
      else return false;
      return true;
    },
    { onLeaveText: () => headingRef.current?.focus() },
  );

  const status = userId ? (
    <OutboxStatusBadge snapshot={snapshot} copy={copy} loaded={loaded} />
  ) : (
    <p className="text-right text-xs text-muted">
      Guest: kept in this browser.{" "}
      <Link href="/sign-up" className={link}>
        Sign up
      </Link>{" "}
      to keep it.
    </p>
  );
  const announcer = (
    <div role="status" aria-live="polite" className="sr-only">
      {run.announcement}
    </div>
  );
  const undo = run.lastGrade ? (
    <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
      <span>
        Last: {GRADE_LABELS[run.lastGrade.grade]} on “{run.lastGrade.title}”.
      </span>
      <button type="button" onClick={run.undo} aria-keyshortcuts="u" className={`${buttonGhost} text-sm`}>
        Undo <kbd className="ml-1 rounded border border-border px-1 text-xs">U</kbd>
      </button>
    </p>
  ) : null;

  if (state && !current) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <RunComplete questions={questions} steps={state.steps} signedIn={userId !== null} status={status} />
        {undo}
        {announcer}
      </div>
    );
  }
  if (!current) return null;

  const total = progress.total;
  return (
    <div className="practice-run mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        {/* At least 14rem wide: on a phone the status wraps below instead of squeezing the bar. */}
        <div className="min-w-0 flex-1 basis-56">
          <p className="text-sm font-medium text-muted" id="run-progress-label">
            {run.returning ? `Again: relearning · ${progress.finished} of ${total} done` : `Question ${Math.min(progress.seen + 1, total)} of ${total}`}
            {progress.relearning > 0 && !run.returning ? ` · ${progress.relearning} to relearn` : ""}
          </p>
          <progress
            aria-labelledby="run-progress-label"
            max={total}
            value={progress.finished}
            className="mt-1 h-1.5 w-full max-w-xs overflow-hidden rounded-full accent-[var(--accent)]"
          />
        </div>
        {status}
      </div>
      {undo}
      <QuestionCard question={current} draft={draft} headingRef={headingRef} onAnswer={(answer) => run.updateDraft({ answer })} onReveal={run.reveal} />
      {userId ? <QuestionMarks key={current.id} questionId={current.id} mark={current.mark} onSuspended={() => run.remove(current.id)} /> : null}
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
