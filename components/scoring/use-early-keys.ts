"use client";

import { useEffect, useState } from "react";

declare global {
  interface Window {
    __ibEarlyKeys?: string[] | null;
  }
}

/**
 * Replays the keys that EarlyKeys kept before hydration, one per render so that each one sees the
 * state the one before it left (j then 2 rates the second question). Call it after the hook that
 * listens for the page's keys, so the listener is in place when the first key is replayed.
 */
export function useEarlyKeys() {
  const [pending, setPending] = useState<string[]>([]);
  useEffect(() => {
    const kept = window.__ibEarlyKeys ?? [];
    window.__ibEarlyKeys = null;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (kept.length > 0) setPending([...kept]);
  }, []);
  useEffect(() => {
    if (pending.length === 0) return;
    const [key, ...rest] = pending;
    window.dispatchEvent(new KeyboardEvent("keydown", { key, cancelable: true }));
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPending(rest);
  }, [pending]);
}
