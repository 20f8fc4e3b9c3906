"use client";

import { useState, useTransition } from "react";
import { buttonGhost, buttonSecondary, input, label } from "@/components/ui/styles";
import { saveMarkAction } from "@/lib/practice/actions";
import { MAX_NOTE } from "@/lib/practice/mark-limits";
import type { MarkChange } from "@/lib/practice/marks";

export interface QuestionMark {
  flagged: boolean;
  bookmarked: boolean;
  note: string;
}

const EMPTY: QuestionMark = { flagged: false, bookmarked: false, note: "" };

/**
 * The learner's own marks on the current question: flag, bookmark, a personal note (all shown
 * again in later runs) and suspend (the question never comes back). Saved on the server at once.
 */
export function QuestionMarks({ questionId, mark, onSuspended }: { questionId: string; mark: QuestionMark | null; onSuspended: () => void }) {
  const [saved, setSaved] = useState<QuestionMark>(mark ?? EMPTY);
  const [note, setNote] = useState(saved.note);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();

  function save(change: MarkChange, then?: () => void) {
    startTransition(async () => {
      const result = await saveMarkAction(questionId, change);
      setMessage(result.ok ? (change.note !== undefined ? "Note saved." : "Saved.") : (result.message ?? "Not saved."));
      if (result.ok) {
        setSaved((current) => ({ ...current, ...change }));
        then?.();
      }
    });
  }

  const toggle = (key: "flagged" | "bookmarked", text: string, on: string) => (
    <button
      type="button"
      aria-pressed={saved[key]}
      disabled={pending}
      onClick={() => save({ [key]: !saved[key] })}
      className={`${saved[key] ? buttonSecondary : buttonGhost} text-sm`}
    >
      {saved[key] ? on : text}
    </button>
  );

  return (
    <section aria-label="Your marks on this question" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {toggle("flagged", "Flag", "Flagged")}
        {toggle("bookmarked", "Bookmark", "Bookmarked")}
        <button type="button" disabled={pending} onClick={() => save({ suspended: true }, onSuspended)} className={`${buttonGhost} text-sm`}>
          Suspend
        </button>
        <p role="status" className="text-xs text-muted">
          {message}
        </p>
      </div>
      <details open={saved.note !== ""} className="text-sm">
        <summary className="cursor-pointer text-muted">Your note{saved.note ? "" : " (only you see it)"}</summary>
        <form
          className="mt-2 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            save({ note });
          }}
        >
          <label htmlFor={`note-${questionId}`} className={`${label} sr-only`}>
            Your note on this question
          </label>
          <textarea id={`note-${questionId}`} value={note} onChange={(event) => setNote(event.target.value)} rows={2} maxLength={MAX_NOTE} className={input} />
          <button type="submit" disabled={pending || note === saved.note} className={`${buttonSecondary} text-sm`}>
            Save note
          </button>
        </form>
      </details>
    </section>
  );
}
