"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { tellOfflineOwner } from "@/components/offline/tell-worker";
import { useWarnBeforeUnload } from "@/components/ui/use-warn-before-unload";
import { AutosaveQueue, type QueueSnapshot, type TargetKey, type TargetValue } from "@/lib/scoring/autosave-queue";
import { savedChannel } from "@/lib/scoring/saved-channel";
import { sendAutosave } from "./send-autosave";

const SERVER_SNAPSHOT: QueueSnapshot = { status: "saved", pending: 0, message: null, merges: [] };
const noop = () => () => {};

/** One tab id per page load, so this tab's stored record is told apart from other tabs'. */
function newId() {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates the autosave queue once the page runs in the browser (it needs localStorage), keeps the
 * shown values in sync with it (other tabs' saves included), retries as soon as the browser
 * reports the network is back, and asks before the tab is closed with edits not yet saved.
 */
export function useAutosaveQueue(scorecardId: string, server: Record<TargetKey, { revision: number; value: TargetValue }>, onValues: (values: Map<TargetKey, TargetValue>) => void) {
  const [queue, setQueue] = useState<AutosaveQueue | null>(null);
  // The queue as soon as it exists: the keyboard handlers are attached in the same commit, before
  // the re-render that puts it in state, and a key pressed in between must still be saved.
  const queueRef = useRef<AutosaveQueue | null>(null);

  useEffect(() => {
    const channel = savedChannel();
    const created = new AutosaveQueue({
      scorecardId,
      tabId: newId(),
      server,
      storage: window.localStorage,
      send: (write) => sendAutosave(scorecardId, write),
      newWriteId: newId,
      channel: channel ?? undefined,
    });
    queueRef.current = created;
    // Edits kept on this device from an earlier visit show at once.
    onValues(new Map(Object.keys(server).map((key) => [key as TargetKey, created.value(key as TargetKey)])));
    const stopRemote = created.onRemoteChange((key, value) => onValues(new Map([[key, value]])));
    const onOnline = () => created.retryNow();
    window.addEventListener("online", onOnline);
    // The queue needs localStorage, so it can only be made here, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQueue(created);
    return () => {
      window.removeEventListener("online", onOnline);
      stopRemote();
      created.stop();
      channel?.close();
      queueRef.current = null;
    };
    // The queue lives for the page; server values only seed it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scorecardId]);

  const snapshot = useSyncExternalStore(queue ? (listener) => queue.subscribe(listener) : noop, queue ? queue.getSnapshot : () => SERVER_SNAPSHOT, () => SERVER_SNAPSHOT);
  const update = useCallback((key: TargetKey, value: TargetValue) => queueRef.current?.update(key, value), []);
  useWarnBeforeUnload(snapshot.pending > 0);
  // The server says the session is gone (401): this browser's offline copy is nobody's now.
  useEffect(() => {
    if (snapshot.status === "signed-out") void tellOfflineOwner(null);
  }, [snapshot.status]);
  return { queue, snapshot, update };
}
