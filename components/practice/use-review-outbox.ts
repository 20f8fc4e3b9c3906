"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useOfflineSender } from "@/components/offline/use-offline-sender";
import type { CopyDocument } from "@/components/ui/keep-a-copy";
import { practiceGradesDocument } from "@/lib/practice/edits-document";
import { ReviewOutbox, savedSince, type OutboxSnapshot } from "@/lib/practice/outbox";
import { sendReviews } from "./send-reviews";

// Until the outbox has read this device's storage nothing is known: not "saved" (grades an earlier
// visit left unsent may be waiting). `loaded` tells the badge to say so instead.
const SERVER_SNAPSHOT: OutboxSnapshot = { status: "saving", pending: 0, message: null };

/**
 * The signed-in user's review outbox for this page: sends what an earlier visit (or a guest
 * history on this device) left in storage, retries when the network is back, refreshes the
 * page's server data once everything it was waiting for is saved, asks before the tab is closed
 * with grades not yet saved, and makes the copy of them the badge offers on a refusal.
 */
export function useReviewOutbox(userId: string | null) {
  const router = useRouter();
  const hadPending = useRef(false);
  const { sender: outbox, snapshot } = useOfflineSender(
    userId,
    (id) => {
      const created = new ReviewOutbox({ userId: id, storage: window.localStorage, send: sendReviews });
      created.adoptGuestHistory();
      // Grades an earlier page left unsent: once saved, this page's server data is stale. Noted
      // before sending, since the send may finish before React first reads the outbox's state.
      if (created.pending().length > 0) hadPending.current = true;
      // Grades the page being left had confirmed after this page was requested (its server data
      // may predate them): refresh once as well. On a client-side navigation the document began
      // earlier, so this refreshes when in doubt; one extra render, never stale figures.
      if (savedSince(window.localStorage, id, performance.timeOrigin)) hadPending.current = true;
      created.flush();
      return { sender: created };
    },
    SERVER_SNAPSHOT,
  );

  useEffect(() => {
    if (snapshot.pending > 0) hadPending.current = true;
    else if (snapshot.status === "saved" && hadPending.current) {
      hadPending.current = false;
      router.refresh();
    }
  }, [snapshot, router]);

  const copy = (): CopyDocument => practiceGradesDocument(outbox?.pending() ?? [], window.location.origin, new Date());
  return { outbox, snapshot, copy, loaded: outbox !== null };
}
