import { SaveStatusBadge } from "@/components/offline/save-status-badge";
import type { CopyDocument } from "@/components/ui/keep-a-copy";
import type { OutboxSnapshot } from "@/lib/practice/outbox";

/** Where the grades are; when the server refuses grades still kept here, they can be copied. */
export function OutboxStatusBadge({ snapshot, copy, loaded }: { snapshot: OutboxSnapshot; copy?: () => CopyDocument; loaded: boolean }) {
  // Before the outbox has read this device's storage, nothing is known yet (no data-status either).
  if (!loaded) {
    return (
      <span role="status" data-testid="save-status" className="rounded-full bg-subtle px-3 py-1 text-xs font-medium text-muted">
        Checking for unsaved grades…
      </span>
    );
  }
  const refused = (snapshot.status === "error" || snapshot.status === "signed-out") && snapshot.pending > 0;
  return <SaveStatusBadge snapshot={snapshot} savedLabel="All grades saved" what="grades" offerCopy={refused} copy={copy} />;
}
