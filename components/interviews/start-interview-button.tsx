"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import type { FormState } from "@/lib/form-state";

/**
 * Starting an interview freezes its questions at their current versions and cannot be undone, so
 * it asks first; when it cannot start yet, the reason is shown beside the disabled button.
 */
export function StartInterviewButton({ start, questionCount }: { start: () => Promise<FormState>; questionCount: number }) {
  const [state, formAction, pending] = useActionState(() => start(), {});
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const blocked = questionCount === 0 ? "Add at least one question to start the interview." : null;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <button ref={openButton} type="button" className={buttonPrimary} disabled={blocked !== null} aria-describedby={reasonId} onClick={() => setConfirming(true)}>
          Start the interview…
        </button>
        <p id={reasonId} className="text-sm text-muted">
          {blocked ?? "Starting freezes the questions at their current versions."}
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} role="group" aria-labelledby={`${reasonId}-ask`} className="space-y-3 rounded-lg border border-border bg-accent-soft p-4">
      <p id={`${reasonId}-ask`} className="text-sm font-medium">
        Start now? The {questionCount === 1 ? "question is" : `${questionCount} questions are`} frozen at their current versions: no more adding, removing or reordering.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button ref={confirmButton} type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Starting…" : "Yes, start the interview"}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          disabled={pending}
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => openButton.current?.focus());
          }}
        >
          Cancel
        </button>
        {state.message && !state.ok ? (
          <span role="status" className="text-sm text-danger">
            {state.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
