"use client";

import { useEffect, useState } from "react";
import { buttonGhost } from "@/components/ui/styles";
import { clearLocalPractice, GUEST_HISTORY_KEY, readReviews } from "@/lib/practice/outbox";

/** A guest's practice lives in this browser only: one button forgets it (history, runs, typed answers). */
export function ClearLocalHistory() {
  const [kept, setKept] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    try {
      setKept(readReviews(window.localStorage, GUEST_HISTORY_KEY).length);
    } catch {
      setKept(0);
    }
  }, []);
  function clear() {
    if (!window.confirm("Forget the practice history kept in this browser? This cannot be undone.")) return;
    try {
      clearLocalPractice(window.localStorage, "guest");
      setKept(0);
      setMessage("Cleared: this browser keeps no practice history now.");
    } catch {
      setMessage("This browser would not let the page clear its storage.");
    }
  }
  return (
    <div className="mt-6 flex flex-wrap items-center gap-3 text-sm text-muted">
      <span>{kept === null ? "" : kept === 0 ? "No practice history is kept in this browser." : `${kept} graded ${kept === 1 ? "answer is" : "answers are"} kept in this browser only.`}</span>
      <button type="button" className={buttonGhost} onClick={clear}>
        Clear local history
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
