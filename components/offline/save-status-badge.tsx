import { KeepACopy, type CopyDocument } from "@/components/ui/keep-a-copy";
import type { SenderSnapshot, SenderStatus } from "@/lib/offline/sender";

const LABELS: Record<Exclude<SenderStatus, "saved">, string> = {
  saving: "Saving…",
  offline: "Offline: kept on this device",
  retrying: "Retrying: kept on this device",
  "signed-out": "Signed out: kept on this device",
  "read-only": "Submitted: read-only",
  error: "Not saved",
};

const TONES: Record<SenderStatus, string> = {
  saved: "bg-success-soft text-success",
  saving: "bg-subtle text-muted",
  offline: "bg-warning-soft text-warning",
  retrying: "bg-warning-soft text-warning",
  "signed-out": "bg-warning-soft text-warning",
  "read-only": "bg-subtle text-muted",
  error: "bg-danger-soft text-danger",
};

interface Props {
  snapshot: SenderSnapshot;
  /** "All changes saved", "All grades saved". */
  savedLabel: string;
  /** What is kept, for the copy button: "edits", "grades". */
  what: string;
  /** Whether to offer a copy (the server is not taking what is kept), and how to make it. */
  offerCopy: boolean;
  copy?: () => CopyDocument;
  /** false until the page takes input (hydrated): `data-status` is only set then, for tests and scripts. */
  ready?: boolean;
}

/**
 * Where an offline-safe sender's work is (lib/offline/sender.ts), announced politely to screen
 * readers as it changes. When the server refuses it, the message says why and it can be copied
 * or downloaded.
 */
export function SaveStatusBadge({ snapshot, savedLabel, what, offerCopy, copy, ready = true }: Props) {
  return (
    <div className="flex max-w-sm flex-col items-end gap-1">
      <div role="status" aria-live="polite" className="flex flex-col items-end gap-1">
        <span data-testid="save-status" data-status={ready ? snapshot.status : undefined} className={`rounded-full px-3 py-1 text-xs font-medium ${TONES[snapshot.status]}`}>
          {snapshot.status === "saved" ? savedLabel : LABELS[snapshot.status]}
        </span>
        {snapshot.message ? (
          <span data-testid="save-message" className="text-right text-xs text-muted">
            {snapshot.message}
          </span>
        ) : null}
      </div>
      {copy && offerCopy ? <KeepACopy document={copy} what={what} /> : null}
    </div>
  );
}
