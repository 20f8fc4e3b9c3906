"use client";

import { useEffect } from "react";

/**
 * While `active` (edits the server has not confirmed), closing or leaving the tab asks first.
 * Nothing would be lost on this device (it is in storage), but it would not reach the server
 * until this page is opened again, and a colleague might be waiting for it.
 */
export function useWarnBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [active]);
}
