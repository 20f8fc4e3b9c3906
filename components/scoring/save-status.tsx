import { SaveStatusBadge } from "@/components/offline/save-status-badge";
import type { CopyDocument } from "@/components/ui/keep-a-copy";
import type { QueueSnapshot } from "@/lib/scoring/autosave-queue";

/** States in which the server is not taking the edits for now: offer to keep them elsewhere. */
export function refused(snapshot: QueueSnapshot) {
  return snapshot.status === "error" || snapshot.status === "signed-out" || (snapshot.status === "read-only" && snapshot.pending > 0);
}

/**
 * The autosave state. `data-status` appears once the page takes keys and edits (after
 * hydration), for tests and scripts that drive it.
 */
export function SaveStatus({ snapshot, ready, copy }: { snapshot: QueueSnapshot; ready: boolean; copy?: () => CopyDocument }) {
  return <SaveStatusBadge snapshot={snapshot} savedLabel="All changes saved" what="edits" offerCopy={refused(snapshot)} copy={copy} ready={ready} />;
}
