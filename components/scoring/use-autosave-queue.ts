"use client";

import { useCallback, useEffect, useRef } from "react";
import { useOfflineSender } from "@/components/offline/use-offline-sender";
import { tellOfflineOwner } from "@/components/offline/tell-worker";
import { AutosaveQueue, type QueueSnapshot, type TargetKey, type TargetValue } from "@/lib/scoring/autosave-queue";
import { savedChannel } from "@/lib/scoring/saved-channel";
import { sendAutosave } from "./send-autosave";

const SERVER_SNAPSHOT: QueueSnapshot = { status: "saved", pending: 0, message: null, merges: [] };

/** One tab id per page load, so this tab's stored record is told apart from other tabs'. */
function newId() {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates the autosave queue once the page runs in the browser (useOfflineSender), keeps the
 * shown values in sync with it (other tabs' saves included), and tells the service worker when
 * the server says the session is gone. The server values only seed the queue, which lives for
 * the page.
 */
export function useAutosaveQueue(
  scorecardId: string,
  server: Record<TargetKey, { revision: number; value: TargetValue }>,
  onValues: (values: Map<TargetKey, TargetValue>) => void,
) {
  // The queue as soon as it exists: the keyboard handlers are attached in the same commit, before
  // the re-render that puts it in state, and a key pressed in between must still be saved.
  const queueRef = useRef<AutosaveQueue | null>(null);
  const { sender: queue, snapshot } = useOfflineSender(
    scorecardId,
    (id) => {
      const channel = savedChannel();
      const created = new AutosaveQueue({
        scorecardId: id,
        tabId: newId(),
        server,
        storage: window.localStorage,
        send: (write) => sendAutosave(id, write),
        newWriteId: newId,
        channel: channel ?? undefined,
      });
      queueRef.current = created;
      // Edits kept on this device from an earlier visit show at once.
      onValues(new Map(Object.keys(server).map((key) => [key as TargetKey, created.value(key as TargetKey)])));
      const stopRemote = created.onRemoteChange((key, value) => onValues(new Map([[key, value]])));
      const cleanup = () => {
        stopRemote();
        channel?.close();
        queueRef.current = null;
      };
      return { sender: created, cleanup };
    },
    SERVER_SNAPSHOT,
  );

  const update = useCallback((key: TargetKey, value: TargetValue) => queueRef.current?.update(key, value), []);
  // The server says the session is gone (401): this browser's offline copy is nobody's now.
  useEffect(() => {
    if (snapshot.status === "signed-out") void tellOfflineOwner(null);
  }, [snapshot.status]);
  return { queue, snapshot, update };
}
