// The core both offline-safe senders share (live scoring's AutosaveQueue, practice's ReviewOutbox):
// what they keep in localStorage is theirs, but the states they go through, the messages that
// say so, the retries with backoff, and "settled" (nothing in flight, and all saved or failing
// for now) are the same, and live here once. No React or DOM: tested through both senders.
import type { PostFailure } from "@/lib/http/post-json";

export type SenderStatus = "saved" | "saving" | "offline" | "retrying" | "signed-out" | "read-only" | "error";
export type SenderFailure = Exclude<SenderStatus, "saved" | "saving">;

/** A send that did not go through: no network, a server that cannot save now, no session, or a refusal with its reason. */
export type SendFailure = PostFailure | { status: "rejected"; message: string };

export interface SenderSnapshot {
  status: SenderStatus;
  /** How many things wait for the server's confirmation (those in flight included). */
  pending: number;
  message: string | null;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage that can also list its keys (window.localStorage). */
export interface ListableStorage extends StorageLike {
  key(index: number): string | null;
  readonly length: number;
}

export const NOT_KEPT_LOCALLY = "This browser is not keeping a local copy; keep this tab open until it says saved.";

/** Equal as stored: the values these senders keep are plain JSON. */
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What is stored at `key`, parsed; undefined when nothing is, or it is not JSON. */
export function readJson(raw: string | null): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export interface SenderOptions {
  /** Backoff between retries: doubles from `first` up to `max`. */
  retryMs?: { first: number; max: number };
  /** What is kept, for the messages: "edits", "grades". */
  what: string;
  /** Added to the signed-out message, e.g. where the person can copy what is kept. */
  signedOutTail?: string;
}

export abstract class OfflineSender<Snapshot extends SenderSnapshot> {
  protected failure: SenderFailure | null = null;
  protected message: string | null = null;
  protected stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay: number;
  private snapshot: Snapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly idleWaiters = new Set<() => void>();

  constructor(private readonly sender: SenderOptions) {
    this.retryDelay = this.firstDelay;
  }

  /** Sends what waits, if anything does and sending may go on. */
  protected abstract flush(): void;
  /** How many things wait for the server's confirmation (those in flight included). */
  protected abstract pendingCount(): number;
  protected abstract inFlight(): boolean;
  /** The snapshot, from the status, count and message every sender has. */
  protected abstract describe(base: SenderSnapshot): Snapshot;

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The same object until something shown changes (for useSyncExternalStore). */
  getSnapshot = (): Snapshot => (this.snapshot ??= this.computeSnapshot());

  /** The browser says the network is back: retry at once instead of waiting for the backoff. */
  retryNow() {
    if (this.failure === "read-only") return;
    this.cancelRetry();
    this.retryDelay = this.firstDelay;
    this.flush();
  }

  /** Resolves once nothing is in flight and everything is saved, or sending has failed for now. */
  whenSettled(): Promise<void> {
    if (this.settled()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.idleWaiters.delete(done);
        resolve();
      };
      this.idleWaiters.add(done);
    });
  }

  stop() {
    this.stopped = true;
    this.cancelRetry();
  }

  protected get firstDelay() {
    return this.sender.retryMs?.first ?? 1000;
  }

  /** A failed send: a refusal stops sending and says why (what is kept stays); the rest retry with backoff. */
  protected failed(result: SendFailure) {
    const what = this.sender.what;
    switch (result.status) {
      case "rejected":
        this.fail("error", result.message);
        return;
      case "signed-out":
        this.fail(
          "signed-out",
          `You have been signed out. Sign in again in another tab; your ${what} are kept on this device and will be saved${this.sender.signedOutTail ?? ""}.`,
        );
        break;
      case "network-error":
        this.fail("offline", `Offline: your ${what} are kept on this device and will be saved when the connection is back.`);
        break;
      case "unavailable":
        // The network is fine but the server cannot save (restarting, database down): not "offline".
        this.fail("retrying", `The server cannot save right now. Your ${what} are kept on this device and sent as soon as it can.`);
        break;
    }
    this.scheduleRetry();
  }

  protected fail(status: SenderFailure, message: string) {
    this.failure = status;
    this.message = message;
  }

  /**
   * A send went through. "retryable": a failure that retrying outlives (offline, retrying, signed
   * out) is over. "all": any failure and its message are, a refusal and the storage warning too.
   */
  protected recovered(which: "retryable" | "all") {
    if (which === "retryable" && this.failure !== "offline" && this.failure !== "retrying" && this.failure !== "signed-out") return;
    this.failure = null;
    this.message = null;
    this.retryDelay = this.firstDelay;
  }

  /** Runs a storage write; false when storage is full or disabled (private mode): the data is then only in memory. */
  protected keptLocally(write: () => void) {
    try {
      write();
      return true;
    } catch {
      return false;
    }
  }

  protected cancelRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Resets the backoff, as after the person asks to send now. */
  protected resetBackoff() {
    this.retryDelay = this.firstDelay;
  }

  /** Tells the listeners when what is shown changed, and the waiters once settled. */
  protected changed() {
    const next = this.computeSnapshot();
    if (!sameJson(next, this.snapshot)) {
      this.snapshot = next;
      for (const listener of this.listeners) listener();
    }
    if (this.settled()) for (const resolve of this.idleWaiters) resolve();
  }

  private scheduleRetry() {
    if (this.retryTimer || this.stopped) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.sender.retryMs?.max ?? 15_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, delay);
  }

  private settled() {
    return !this.inFlight() && (this.pendingCount() === 0 || this.failure !== null);
  }

  private computeSnapshot(): Snapshot {
    const pending = this.pendingCount();
    return this.describe({ status: this.failure ?? (pending > 0 || this.inFlight() ? "saving" : "saved"), pending, message: this.message });
  }
}
