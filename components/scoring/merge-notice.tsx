import type { MergeNotice as Notice } from "@/lib/scoring/autosave-queue";
import { OTHER_TAB_MARKER } from "@/lib/scoring/merge-text";

/**
 * Said next to a notes or summary field whose text another tab or device changed: merged quietly
 * when their additions fitted together, or both versions kept between marker lines when both
 * changed the same lines.
 */
export function MergeNotice({ id, notice, field, onDismiss }: { id: string; notice: Notice | undefined; field: "notes" | "summary"; onDismiss: () => void }) {
  if (!notice || !notice.fields.includes(field)) return null;
  const conflict = notice.conflicts.includes(field);
  const what = field === "notes" ? "these notes" : "this summary";
  return (
    <div
      id={id}
      role="status"
      data-testid={`merge-notice-${field}`}
      className={`mt-2 flex flex-wrap items-start justify-between gap-2 rounded-md px-3 py-2 text-xs ${conflict ? "bg-warning-soft text-warning" : "bg-accent-soft text-fg"}`}
    >
      <p className="min-w-0 flex-1">
        {conflict
          ? `Another tab or device changed the same lines of ${what}. Both versions are kept, after “${OTHER_TAB_MARKER}”: keep what is right and delete the rest.`
          : `Merged: ${what} now include what another tab or device wrote, once.`}
      </p>
      <button type="button" onClick={onDismiss} className="inline-flex min-h-6 min-w-6 items-center justify-center rounded px-2 font-medium underline underline-offset-2">
        OK<span className="sr-only">, hide this message</span>
      </button>
    </div>
  );
}
