"use client";

import { OutboxStatusBadge } from "./outbox-status";
import { useReviewOutbox } from "./use-review-outbox";

/** On practice pages without a run: saves grades left on this device (or a guest history). */
export function PracticeSync({ userId }: { userId: string }) {
  const { snapshot, copy, loaded } = useReviewOutbox(userId);
  // Nothing to show until this device's storage is read, nor once everything is saved.
  if (!loaded || (snapshot.status === "saved" && snapshot.pending === 0)) return <div role="status" aria-live="polite" className="sr-only" />;
  return <OutboxStatusBadge snapshot={snapshot} copy={copy} loaded />;
}
