"use client";

import type { Ref } from "react";
import { input } from "@/components/ui/styles";
import { MAX_NOTES } from "@/lib/scoring/limits";
import type { MergeNotice as Notice } from "@/lib/scoring/autosave-queue";
import type { QuestionScore } from "@/lib/scoring/schema";
import { Checklist } from "./checklist";
import { MergeNotice } from "./merge-notice";
import { RatingPicker } from "./rating-picker";
import { formatDuration } from "./timers";
import type { LiveQuestion } from "./types";

interface Props {
  question: LiveQuestion;
  index: number;
  total: number;
  score: QuestionScore;
  elapsedSeconds: number;
  onChange: (score: QuestionScore) => void;
  mergeNotice?: Notice;
  onDismissNotice: () => void;
  headingRef: Ref<HTMLHeadingElement>;
  notesRef: Ref<HTMLTextAreaElement>;
}

const toggle = (items: number[], item: number) => (items.includes(item) ? items.filter((x) => x !== item) : [...items, item].sort((a, b) => a - b));

/** The current question: prompt, rating with anchors, checklists, notes, then the reference answer. */
export function QuestionScoring({ question, index, total, score, elapsedSeconds, onChange, mergeNotice, onDismissNotice, headingRef, notesRef }: Props) {
  const noticeId = `notes-merge-${question.id}`;
  const noticeShown = mergeNotice?.fields.includes("notes") ?? false;
  const overTime = question.minutes !== null && elapsedSeconds > question.minutes * 60;
  return (
    <article aria-labelledby="current-question" className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <span>
            Question {index + 1} of {total}
            {question.custom ? " · custom" : ""}
          </span>
          <span data-testid="question-timer" className={overTime ? "font-medium text-warning" : undefined}>
            <span className="sr-only">Time on this question: </span>
            {formatDuration(elapsedSeconds)}
            {question.minutes !== null ? ` / ${question.minutes} min` : ""}
          </span>
        </div>
        <h2 id="current-question" ref={headingRef} tabIndex={-1} className="scroll-mt-32 text-xl font-semibold tracking-tight focus:outline-none">
          {question.title}
        </h2>
        {question.prompt ? <div className="text-sm">{question.prompt}</div> : null}
      </header>

      <RatingPicker name={`rating-${question.id}`} value={score.rating} anchors={question.anchors} onChange={(rating) => onChange({ ...score, rating })} />

      <div className="grid gap-6 md:grid-cols-2">
        <Checklist
          legend="Key points covered"
          items={question.keyPoints}
          checked={score.keyPointsCovered}
          onToggle={(item) => onChange({ ...score, keyPointsCovered: toggle(score.keyPointsCovered, item) })}
        />
        <Checklist
          legend="Red flags raised"
          items={question.redFlags}
          checked={score.redFlagsRaised}
          onToggle={(item) => onChange({ ...score, redFlagsRaised: toggle(score.redFlagsRaised, item) })}
        />
      </div>

      <div>
        <label htmlFor={`notes-${question.id}`} className="mb-1 block text-sm font-semibold">
          Notes <span className="font-normal text-muted">(n to write, Esc to leave)</span>
        </label>
        <textarea
          id={`notes-${question.id}`}
          ref={notesRef}
          value={score.notes}
          maxLength={MAX_NOTES}
          rows={5}
          onChange={(event) => onChange({ ...score, notes: event.target.value })}
          aria-describedby={noticeShown ? noticeId : undefined}
          className={input}
        />
        <MergeNotice id={noticeId} notice={mergeNotice} field="notes" onDismiss={onDismissNotice} />
      </div>

      {question.answer ? (
        <details open className="rounded-lg border border-border p-4">
          <summary className="cursor-pointer text-sm font-semibold">Expected answer</summary>
          <div className="mt-3 text-sm">{question.answer}</div>
        </details>
      ) : null}
      {question.followUps.length > 0 ? (
        <section aria-labelledby="follow-ups" className="space-y-2">
          <h3 id="follow-ups" className="text-sm font-semibold">
            Follow-ups
          </h3>
          <ul className="list-disc space-y-2 pl-5 text-sm">
            {question.followUps.map((item, i) => (
              <li key={i}>
                {item.question}
                {item.listenFor ? (
                  <div className="mt-1 border-l-2 border-border pl-3 text-muted" data-testid="listen-for">
                    <span className="font-medium text-fg">Listen for: </span>
                    {item.listenFor}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
