"use client";

import { useState } from "react";
import type { QuestionScore } from "@/lib/scoring/schema";
import type { LiveQuestion } from "./types";

/** Progress through the interview: each question with its rating, then the submit step. */
export function QuestionNav({ questions, scores, index, onGoTo }: { questions: LiveQuestion[]; scores: QuestionScore[]; index: number; onGoTo: (index: number) => void }) {
  const rated = scores.filter((score) => score.rating !== null).length;
  // On a phone the list folds away above the question; from the lg breakpoint it is a sidebar.
  const [open, setOpen] = useState(false);
  const item = (active: boolean) =>
    `flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 text-left text-sm transition-colors ${active ? "bg-accent-soft font-medium text-fg" : "text-muted hover:bg-subtle hover:text-fg"}`;
  return (
    <nav aria-label="Questions to score" className="lg:sticky lg:top-24 lg:self-start">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="question-list"
        onClick={() => setOpen(!open)}
        className="mb-2 w-full rounded-md border border-border px-3 py-2 text-left text-sm lg:hidden"
      >
        All questions · {rated} of {questions.length} rated
      </button>
      <p className="mb-2 hidden px-3 text-xs font-medium tracking-wide text-muted uppercase lg:block">
        {rated} of {questions.length} rated
      </p>
      <ol id="question-list" className={`space-y-1 ${open ? "" : "hidden"} lg:block`}>
        {questions.map((question, i) => (
          <li key={question.id}>
            <button type="button" className={item(i === index)} aria-current={i === index ? "step" : undefined} onClick={() => onGoTo(i)}>
              <span className="min-w-0 truncate">
                {i + 1}. {question.title}
              </span>
              <span className="shrink-0 tabular-nums">
                {scores[i]?.rating != null ? (
                  <>
                    <span className="sr-only">rated </span>
                    {scores[i]?.rating}
                  </>
                ) : (
                  <span className="sr-only">not rated</span>
                )}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className={item(index === questions.length)}
            aria-current={index === questions.length ? "step" : undefined}
            onClick={() => onGoTo(questions.length)}
          >
            Summary and submit
          </button>
        </li>
      </ol>
    </nav>
  );
}
