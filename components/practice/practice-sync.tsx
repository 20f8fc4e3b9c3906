"use client";

import { OutboxStatusBadge } from "./outbox-status";
import { useReviewOutbox } from "./use-review-outbox";

/** On practice pages without a run: saves grades left on this device (or a guest history). */
export function PracticeSync({ userId }: { userId: string }) {
  const { snapshot, copy } = useReviewOutbox(userId);
  if (snapshot.status === "saved" && snapshot.pending === 0) return <div role="status" aria-live="polite" className="sr-only" />;
  return <OutboxStatusBadge snapshot={snapshot} copy={copy} />;
}
