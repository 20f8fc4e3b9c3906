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

/** Where the grades are, announced politely to screen readers as it changes. */
export function OutboxStatusBadge({ snapshot }: { snapshot: OutboxSnapshot }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col items-end gap-1">
      <span data-testid="save-status" data-status={snapshot.status} className={`rounded-full px-3 py-1 text-xs font-medium ${TONES[snapshot.status]}`}>
        {LABELS[snapshot.status]}
      </span>
      {snapshot.message ? <span className="max-w-xs text-right text-xs text-muted">{snapshot.message}</span> : null}
    </div>
  );
}
