"use client";

import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";
import { useWarnBeforeUnload } from "@/components/ui/use-warn-before-unload";
import type { OfflineSender, SenderSnapshot } from "@/lib/offline/sender";

const noop = () => () => {};

/**
 * Makes an offline-safe sender (lib/offline/sender.ts) once the page runs in the browser (it needs
 * localStorage), one per `key` (a scorecard, a user; none while null), retries at once when the
 * browser says the network is back, stops it when the page goes, and asks before the tab is
 * closed with anything not yet saved. `create` may return what else to undo on the way out.
 */
export function useOfflineSender<Snapshot extends SenderSnapshot, Sender extends OfflineSender<Snapshot>>(
  key: string | null,
  create: (key: string) => { sender: Sender; cleanup?: () => void },
  serverSnapshot: Snapshot,
) {
  const [sender, setSender] = useState<Sender | null>(null);
  const make = useEffectEvent(create);

  useEffect(() => {
    if (key === null) return;
    const { sender: created, cleanup } = make(key);
    const onOnline = () => created.retryNow();
    window.addEventListener("online", onOnline);
    // Only here, after hydration, is localStorage there to make it with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSender(created);
    return () => {
      window.removeEventListener("online", onOnline);
      created.stop();
      cleanup?.();
    };
  }, [key]);

  const snapshot = useSyncExternalStore(sender ? (listener) => sender.subscribe(listener) : noop, sender ? sender.getSnapshot : () => serverSnapshot, () => serverSnapshot);
  useWarnBeforeUnload(snapshot.pending > 0);
  return { sender, snapshot };
}
