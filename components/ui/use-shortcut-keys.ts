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
 * heading) so that the shortcuts work again. Off while a modal dialog is open, asked of the DOM when
 * the key comes: a native dialog is gone on Esc before its "close" event reaches React, and a key
 * pressed in between was lost while the page's own state still said "open".
 * The listener is attached once and always calls the latest `onKey`.
 */
export function useShortcutKeys(onKey: (event: KeyboardEvent) => boolean, { onLeaveText }: { onLeaveText: () => void }) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
    if (document.querySelector("dialog:modal")) return;
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
