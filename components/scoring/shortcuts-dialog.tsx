"use client";

import { useEffect, useRef } from "react";
import { buttonSecondary } from "@/components/ui/styles";

export const SHORTCUTS: [keys: string, action: string][] = [
  ["1 2 3 4", "Rate the current question"],
  ["j  ↓  →", "Next question"],
  ["k  ↑  ←", "Previous question"],
  ["n", "Write notes on the current question"],
  ["Esc", "Leave the notes (then the keys above work again)"],
  ["?", "Show or hide these shortcuts"],
];

/** A native modal dialog: it traps focus, closes on Esc and gives focus back when it closes. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // A native listener: however the dialog closes (Esc, the button), the page's `open` must follow,
  // or the next "?" would not open it again. (The shortcuts themselves ask the DOM whether a modal
  // dialog is open: this event comes a task after the dialog is gone.)
  useEffect(() => {
    const dialog = ref.current;
    dialog?.addEventListener("close", onClose);
    return () => dialog?.removeEventListener("close", onClose);
  }, [onClose]);
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" className="m-auto w-full max-w-md rounded-xl border border-border bg-surface p-6 text-fg shadow-lg backdrop:bg-black/40">
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 space-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="flex items-baseline justify-between gap-4">
            <dt>
              <kbd className="rounded border border-border bg-subtle px-1.5 py-0.5 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd className="text-right text-muted">{action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">Everything also works with the mouse and with a screen reader; changes save by themselves.</p>
      <form method="dialog" className="mt-5 flex justify-end">
        <button className={buttonSecondary} autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
