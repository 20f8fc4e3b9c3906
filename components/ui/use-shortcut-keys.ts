"use client";

import { useEffect, useEffectEvent } from "react";

/** Where keys type: text inputs, text areas, selects and editable content (not checkboxes, radios or buttons). */
export function isTextEntry(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type);
}

/**
 * A page's one-key shortcuts (live scoring, a practice run). `onKey` gets each key press without
 * Ctrl, Alt or Meta that nothing handled before, and says whether it used it (its default is then
 * prevented). In a text field keys type, and Esc leaves the field (`onLeaveText`: focus the
 * heading) so that the shortcuts work again. Off while `enabled` is false (a dialog is open).
 * The listener is attached once and always calls the latest `onKey`.
 */
export function useShortcutKeys(onKey: (event: KeyboardEvent) => boolean, { onLeaveText, enabled = true }: { onLeaveText: () => void; enabled?: boolean }) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
    if (isTextEntry(event.target)) {
      if (event.key === "Escape") {
        event.preventDefault();
        event.target.blur();
        onLeaveText();
      }
      return;
    }
    if (onKey(event)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
