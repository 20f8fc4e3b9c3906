"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createEmptyCard, type Grade as FsrsGrade } from "ts-fsrs";
import { Badge } from "@/components/ui/badge";
import { buttonPrimary, buttonSecondary, card, input, label, link } from "@/components/ui/styles";
import { GUEST_HISTORY_KEY, readReviews } from "@/lib/practice/outbox";
import { scheduler, toCard, type CardFields } from "@/lib/practice/scheduler";
import { GRADE_LABELS, suggestGrade, type Grade } from "@/lib/practice/grades";
import type { ReviewInput } from "@/lib/practice/schema";
import { OutboxStatusBadge } from "./outbox-status";
import { newReviewId } from "./send-reviews";
import { useReviewOutbox } from "./use-review-outbox";

export interface RunQuestion {
  id: string;
  title: string;
  setTitle: string;
  competency: string | null;
  difficulty: string;
  level: string | null;
  prompt: ReactNode;
  answer: ReactNode;
  keyPoints: ReactNode[];
  redFlags: ReactNode[];
  card: CardFields | null;
}

interface Draft {
  answer: string;
  ticked: number[];
  revealed: boolean;
}

const EMPTY_DRAFT: Draft = { answer: "", ticked: [], revealed: false };
const PREFIX = "interview-bank:practice:";
const GRADES = [1, 2, 3, 4] as const;

function read<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
function write(key: string, value: unknown) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the run goes on in memory.
  }
}

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
 * A practice run: one question at a time; type an answer, reveal the model answer, tick the key
 * points covered, grade Again / Hard / Good / Easy. Space reveals and 1–4 grade (not while typing
 * in the answer box; Esc leaves it). What is typed and graded is kept in this browser at once, so
 * a reload or a lost connection loses nothing; signed-in grades go through the review outbox,
 * a guest's stay in this browser until they sign up.
 */
export function PracticeRun({ questions, userId, runKey }: { questions: RunQuestion[]; userId: string | null; runKey: string }) {
  const owner = userId ?? "guest";
  const runStorageKey = `${PREFIX}run:${owner}:${runKey}`;
  const draftKey = (questionId: string) => `${PREFIX}draft:${owner}:${questionId}`;
  const { outbox, snapshot, copy } = useReviewOutbox(userId);
  const [done, setDone] = useState<Record<string, Grade> | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);

  const current = done ? questions.find((question) => !(question.id in done)) : questions[0];
  const position = done ? questions.filter((question) => question.id in done).length + 1 : 1;

  // What this browser kept of the run (graded questions) and of the current question (the draft).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDone(read<Record<string, Grade>>(runStorageKey, {}));
  }, [runStorageKey]);

  useEffect(() => {
    if (!current) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(read<Draft>(draftKey(current.id), EMPTY_DRAFT));
    // The draft key only depends on the question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.id]);

  const updateDraft = useCallback(
    (change: Partial<Draft>) => {
      if (!current) return;
      setDraft((previous) => {
        const next = { ...previous, ...change };
        write(draftKey(current.id), next);
        return next;
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current?.id],
  );

  const reveal = useCallback(() => {
    updateDraft({ revealed: true });
    setAnnouncement("Model answer shown. Tick the key points you covered, then grade yourself with 1 to 4.");
  }, [updateDraft]);

  const grade = useCallback(
    (value: Grade) => {
      if (!current || !done) return;
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
      else write(GUEST_HISTORY_KEY, [...readReviews(window.localStorage, GUEST_HISTORY_KEY), { ...review, fromGuest: true }]);
      const nextDone = { ...done, [current.id]: value };
      write(runStorageKey, nextDone);
      write(draftKey(current.id), null);
      setDone(nextDone);
      const remaining = questions.length - Object.keys(nextDone).filter((id) => questions.some((q) => q.id === id)).length;
      setAnnouncement(`Graded ${GRADE_LABELS[value]}. ${remaining > 0 ? `${remaining} to go.` : "Run complete."}`);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, done, draft, outbox, questions, runStorageKey],
  );

  // A new question: move focus to its title so Space and 1–4 work at once and screen readers read it.
  useEffect(() => {
    if (done && current) headingRef.current?.focus();
  }, [done, current]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || !current) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("textarea, select, input:not([type=checkbox]):not([type=radio]), [contenteditable=true]")) {
        // Typing in the answer box types; Esc leaves it so the shortcuts work again.
        if (event.key === "Escape") {
          event.preventDefault();
          headingRef.current?.focus();
        }
        return;
      }
      if (event.key === " " && !draft.revealed && !target?.closest("button, a, input, summary")) {
        event.preventDefault();
        reveal();
      } else if (draft.revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        grade(Number(event.key) as Grade);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [current, draft.revealed, grade, reveal]);

  const now = useMemo(() => new Date(), [current?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const intervals = useMemo(() => (current ? previews(current.card, now) : null), [current, now]);

  const status = userId ? (
    <OutboxStatusBadge snapshot={snapshot} copy={copy} />
  ) : (
    <p className="text-right text-xs text-muted">
      Guest: kept in this browser. <Link href="/sign-up" className={link}>Sign up</Link> to keep it.
    </p>
  );

  if (done && !current) {
    const tally = GRADES.map((g) => ({ grade: g, count: questions.filter((q) => done[q.id] === g).length }));
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Run complete</h1>
          {status}
        </div>
        <div className={`${card} p-5`}>
          <p>
            You practised {questions.length === 1 ? "1 question" : `${questions.length} questions`}:{" "}
            {tally.map((t) => `${GRADE_LABELS[t.grade]} ${t.count}`).join(", ")}.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            {userId ? (
              <Link href="/practice/progress" className={buttonPrimary}>
                See your progress
              </Link>
            ) : (
              <Link href="/sign-up" className={buttonPrimary}>
                Sign up to keep your progress
              </Link>
            )}
            <Link href="/practice" className={buttonSecondary}>
              Start another run
            </Link>
          </div>
        </div>
        <div role="status" aria-live="polite" className="sr-only">
          {announcement}
        </div>
      </div>
    );
  }
  if (!current) return null;

  const suggested = suggestGrade(draft.ticked.length, current.keyPoints.length);
  const total = questions.length;

  return (
    <div className="practice-run mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-muted" id="run-progress-label">
            Question {Math.min(position, total)} of {total}
          </p>
          <progress aria-labelledby="run-progress-label" max={total} value={position - 1} className="mt-1 h-1.5 w-full max-w-xs overflow-hidden rounded-full accent-[var(--accent)]" />
        </div>
        {status}
      </div>

      <article className={`${card} space-y-4 p-5`} aria-labelledby="practice-question-title">
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <Badge>{current.setTitle}</Badge>
          {current.competency ? <Badge>{current.competency}</Badge> : null}
          <Badge tone="accent">{current.difficulty.charAt(0) + current.difficulty.slice(1).toLowerCase()}</Badge>
          {current.card ? null : <Badge tone="success">New</Badge>}
        </div>
        <h1 id="practice-question-title" ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight focus:outline-none sm:text-2xl">
          {current.title}
        </h1>
        {current.prompt}
        <div>
          <label htmlFor="practice-answer" className={`${label} mb-1`}>
            Your answer <span className="font-normal text-muted">(optional, kept on this device until you grade)</span>
          </label>
          <textarea
            id="practice-answer"
            value={draft.answer}
            onChange={(event) => updateDraft({ answer: event.target.value })}
            rows={5}
            maxLength={20_000}
            className={input}
            aria-describedby="practice-keys"
          />
        </div>
        <p id="practice-keys" className="text-xs text-muted">
          Keys: <kbd className="rounded border border-border px-1">Space</kbd> reveals, <kbd className="rounded border border-border px-1">1</kbd>–<kbd className="rounded border border-border px-1">4</kbd> grade,{" "}
          <kbd className="rounded border border-border px-1">Esc</kbd> leaves the answer box.
        </p>
        {draft.revealed ? null : (
          <button type="button" onClick={reveal} className={`${buttonPrimary} w-full sm:w-auto`}>
            Reveal the model answer
          </button>
        )}
      </article>

      {draft.revealed ? (
        <>
          <section aria-labelledby="model-answer" className={`${card} p-5`}>
            <h2 id="model-answer" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
              Model answer
            </h2>
            {current.answer}
          </section>
          <div className="grid gap-4 md:grid-cols-2">
            <fieldset className={`${card} p-5`}>
              <legend className="sr-only">Key points you covered</legend>
              <p aria-hidden="true" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
                Key points you covered
              </p>
              <ul className="space-y-2">
                {current.keyPoints.map((point, index) => (
                  <li key={index}>
                    <label className="flex cursor-pointer gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                        checked={draft.ticked.includes(index)}
                        onChange={(event) =>
                          updateDraft({ ticked: event.target.checked ? [...draft.ticked, index] : draft.ticked.filter((i) => i !== index) })
                        }
                      />
                      <span className="min-w-0">{point}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <section aria-labelledby="red-flags" className={`${card} p-5`}>
              <h2 id="red-flags" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
                Red flags
              </h2>
              {current.redFlags.length === 0 ? (
                <p className="text-sm text-muted">None listed.</p>
              ) : (
                <ul className="space-y-2">
                  {current.redFlags.map((flag, index) => (
                    <li key={index} className="flex gap-2 text-sm">
                      <span aria-hidden="true" className="mt-0.5 text-muted">
                        ⚑
                      </span>
                      <span className="min-w-0">{flag}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <fieldset className={`${card} p-5`}>
            <legend className="sr-only">Grade yourself</legend>
            <p aria-hidden="true" className="text-sm font-semibold uppercase tracking-wide text-muted">
              Grade yourself
            </p>
            <p className="mt-1 text-sm text-muted">
              Suggested: <strong className="text-fg">{GRADE_LABELS[suggested]}</strong> ({draft.ticked.length} of {current.keyPoints.length} key points).
            </p>
            <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {GRADES.map((value) => (
                <button
                  key={value}
                  type="button"
                  onClick={() => grade(value)}
                  aria-keyshortcuts={String(value)}
                  className={`${value === suggested ? buttonPrimary : buttonSecondary} flex-col !gap-0 py-2`}
                >
                  <span>
                    {value} · {GRADE_LABELS[value]}
                  </span>
                  <span className="text-xs font-normal opacity-80">again in {intervals?.[value]}</span>
                </button>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
