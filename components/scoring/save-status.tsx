import type { QueueSnapshot } from "@/lib/scoring/autosave-queue";
import { KeepACopy, type CopyDocument } from "@/components/ui/keep-a-copy";

const LABELS: Record<QueueSnapshot["status"], string> = {
  saved: "All changes saved",
  saving: "Saving…",
  offline: "Offline: kept on this device",
  retrying: "Retrying: kept on this device",
  "signed-out": "Signed out: kept on this device",
  "read-only": "Submitted: read-only",
  error: "Not saved",
};

const TONES: Record<QueueSnapshot["status"], string> = {
  saved: "bg-success-soft text-success",
  saving: "bg-subtle text-muted",
  offline: "bg-warning-soft text-warning",
  retrying: "bg-warning-soft text-warning",
  "signed-out": "bg-warning-soft text-warning",
  "read-only": "bg-subtle text-muted",
  error: "bg-danger-soft text-danger",
};

/** States in which the server is not taking the edits for now: offer to keep them elsewhere. */
export function refused(snapshot: QueueSnapshot) {
  return snapshot.status === "error" || snapshot.status === "signed-out" || (snapshot.status === "read-only" && snapshot.pending > 0);
}

/**
 * The autosave state, announced politely to screen readers as it changes. `data-status` appears
 * once the page takes keys and edits (after hydration), for tests and scripts that drive it.
 * When the server refuses the edits, the message says why and the edits can be copied or downloaded.
 */
export function SaveStatus({ snapshot, ready, copy }: { snapshot: QueueSnapshot; ready: boolean; copy?: () => CopyDocument }) {
  return (
    <div className="flex max-w-sm flex-col items-end gap-1">
      <div role="status" aria-live="polite" className="flex flex-col items-end gap-1">
        <span data-testid="save-status" data-status={ready ? snapshot.status : undefined} className={`rounded-full px-3 py-1 text-xs font-medium ${TONES[snapshot.status]}`}>
          {LABELS[snapshot.status]}
        </span>
        {snapshot.message ? (
          <span data-testid="save-message" className="text-right text-xs text-muted">
            {snapshot.message}
          </span>
        ) : null}
      </div>
      {copy && refused(snapshot) ? <KeepACopy document={copy} what="edits" /> : null}
    </div>
  );
}
