import { SaveStatusBadge } from "@/components/offline/save-status-badge";
import type { CopyDocument } from "@/components/ui/keep-a-copy";
import type { OutboxSnapshot } from "@/lib/practice/outbox";

/** Where the grades are; when the server refuses grades still kept here, they can be copied. */
export function OutboxStatusBadge({ snapshot, copy }: { snapshot: OutboxSnapshot; copy?: () => CopyDocument }) {
  const refused = (snapshot.status === "error" || snapshot.status === "signed-out") && snapshot.pending > 0;
  return <SaveStatusBadge snapshot={snapshot} savedLabel="All grades saved" what="grades" offerCopy={refused} copy={copy} />;
}
