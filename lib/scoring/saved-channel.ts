// How the tabs of one browser tell each other what the server saved. BroadcastChannel rather than
// `storage` events on the queue's own records: it carries only values the server has confirmed
// (with their revision), never another tab's unsent draft, and it needs no polling of storage.
// Tabs on other devices are not reached; they learn it from the 409 on their next save.
// Node has BroadcastChannel too, so autosave-queue.test.ts runs tabs over the real thing.
import type { TargetKey, TargetValue } from "./autosave-queue";

export interface SavedMessage {
  scorecardId: string;
  key: TargetKey;
  revision: number;
  value: TargetValue;
  /** The value was merged with conflicting lines: the receiving tab should ask for a check too. */
  conflict: boolean;
}

export interface SavedChannel {
  post(message: SavedMessage): void;
  listen(handler: (message: SavedMessage) => void): () => void;
}

const NAME = "interview-bank:autosave";

/** A channel shared by every tab of this origin; null where BroadcastChannel does not exist. */
export function savedChannel(name = NAME): (SavedChannel & { close(): void }) | null {
  if (typeof BroadcastChannel !== "function") return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(handler) {
      const onMessage = (event: MessageEvent) => handler(event.data as SavedMessage);
      channel.addEventListener("message", onMessage as EventListener);
      return () => channel.removeEventListener("message", onMessage as EventListener);
    },
    close: () => channel.close(),
  };
}
