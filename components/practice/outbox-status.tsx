import { KeepACopy, type CopyDocument } from "@/components/ui/keep-a-copy";
import type { OutboxSnapshot } from "@/lib/practice/outbox";

const LABELS: Record<OutboxSnapshot["status"], string> = {
  saved: "All grades saved",
  saving: "Saving…",
  offline: "Offline: kept on this device",
  retrying: "Retrying: kept on this device",
  "signed-out": "Signed out: kept on this device",
  error: "Not saved",
};

const TONES: Record<OutboxSnapshot["status"], string> = {
  saved: "bg-success-soft text-success",
  saving: "bg-subtle text-muted",
  offline: "bg-warning-soft text-warning",
  retrying: "bg-warning-soft text-warning",
  "signed-out": "bg-warning-soft text-warning",
  error: "bg-danger-soft text-danger",
};

/**
 * Where the grades are, announced politely to screen readers as it changes. When the server
 * refuses them, the message says why and the grades can be copied or downloaded.
 */
export function OutboxStatusBadge({ snapshot, copy }: { snapshot: OutboxSnapshot; copy?: () => CopyDocument }) {
  const refused = (snapshot.status === "error" || snapshot.status === "signed-out") && snapshot.pending > 0;
  return (
    <div className="flex max-w-sm flex-col items-end gap-1">
      <div role="status" aria-live="polite" className="flex flex-col items-end gap-1">
        <span data-testid="save-status" data-status={snapshot.status} className={`rounded-full px-3 py-1 text-xs font-medium ${TONES[snapshot.status]}`}>
          {LABELS[snapshot.status]}
        </span>
        {snapshot.message ? (
          <span data-testid="save-message" className="text-right text-xs text-muted">
            {snapshot.message}
          </span>
        ) : null}
      </div>
      {copy && refused ? <KeepACopy document={copy} what="grades" /> : null}
    </div>
  );
}
