"use client";

import { useState, useSyncExternalStore } from "react";
import { buttonGhost } from "@/components/ui/styles";
import { clearLocalPractice, GUEST_HISTORY_KEY, readReviews } from "@/lib/practice/outbox";

/** A guest's practice lives in this browser only: one button forgets it (history, runs, typed answers). */
/** How many graded answers this browser keeps for the guest (other tabs' changes arrive as storage events). */
function keptCount() {
  try {
    return readReviews(window.localStorage, GUEST_HISTORY_KEY).length;
  } catch {
    return 0;
  }
}
function subscribe(changed: () => void) {
  window.addEventListener("storage", changed);
  return () => window.removeEventListener("storage", changed);
}

export function ClearLocalHistory() {
  // A same-tab change fires no storage event: clearing re-renders, and each render reads the count again.
  const [, setCleared] = useState(0);
  const kept = useSyncExternalStore(subscribe, keptCount, () => null);
  const [message, setMessage] = useState("");
  function clear() {
    if (!window.confirm("Forget the practice history kept in this browser? This cannot be undone.")) return;
    try {
      clearLocalPractice(window.localStorage, "guest");
      setCleared((count) => count + 1);
      setMessage("Cleared: this browser keeps no practice history now.");
    } catch {
      setMessage("This browser would not let the page clear its storage.");
    }
  }
  return (
    <div className="mt-6 flex flex-wrap items-center gap-3 text-sm text-muted">
      <span>
        {kept === null ? "" : kept === 0 ? "No practice history is kept in this browser." : `${kept} graded ${kept === 1 ? "answer is" : "answers are"} kept in this browser only.`}
      </span>
      <button type="button" className={buttonGhost} onClick={clear}>
        Clear local history
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
