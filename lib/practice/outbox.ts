// The browser side of grading, after live scoring's autosave queue (docs/autosave.md): a grade
// (with the typed answer and ticks) is written to localStorage at once, then sent; failed sends
// (offline, timeouts, 5xx, signed out) are retried with backoff and at once when the browser is
// back online. Each review carries an id made when the grade was given, so a resend after a lost
// answer, a second tab sending the same stored review, or a double click is stored once.
// At most one request is in flight. No React or DOM here: tested against the real server logic.
import type { PostFailure } from "@/lib/http/post-json";
import type { ReviewBatchResult, ReviewInput } from "./schema";

export type OutboxStatus = "saved" | "saving" | "offline" | "retrying" | "signed-out" | "error";

export type OutboxSendResult = ReviewBatchResult | PostFailure | { status: "rejected"; message: string };

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxSnapshot {
  status: OutboxStatus;
  pending: number;
  message: string | null;
}

/** A review as this device keeps it: with the question's title, for a copy the person can read. */
export type StoredReview = ReviewInput & { title?: string };

export interface OutboxOptions {
  /** Whose reviews: one outbox per user on a shared device. */
  userId: string;
  storage: StorageLike;
  send: (reviews: ReviewInput[]) => Promise<OutboxSendResult>;
  retryMs?: { first: number; max: number };
}

export const OUTBOX_PREFIX = "interview-bank:practice:outbox:";
export const GUEST_HISTORY_KEY = "interview-bank:practice:guest";
const BATCH = 100;

export function readReviews(storage: StorageLike, key: string): StoredReview[] {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as StoredReview[]) : [];
  } catch {
    return [];
  }
}

function writeReviews(storage: StorageLike, key: string, reviews: StoredReview[]) {
  if (reviews.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(reviews));
}

export class ReviewOutbox {
  private inFlight = false;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay: number;
  private failure: Exclude<OutboxStatus, "saved" | "saving"> | null = null;
  private message: string | null = null;
  private snapshot: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly idleWaiters = new Set<() => void>();

  constructor(private readonly options: OutboxOptions) {
    this.retryDelay = options.retryMs?.first ?? 1000;
    this.snapshot = this.computeSnapshot();
  }

  private get key() {
    return `${OUTBOX_PREFIX}${this.options.userId}`;
  }

  /** What is stored and not yet confirmed by the server (other tabs' too: they share storage). */
  pending(): StoredReview[] {
    return readReviews(this.options.storage, this.key);
  }

  /** Stores the reviews first (a reload a moment later loses nothing), then sends them. */
  add(...reviews: StoredReview[]) {
    const stored = this.pending();
    const known = new Set(stored.map((review) => review.id));
    try {
      writeReviews(this.options.storage, this.key, [...stored, ...reviews.filter((review) => !known.has(review.id))]);
    } catch {
      this.message = "This browser is not keeping a local copy; keep this tab open until it says saved.";
    }
    this.flush();
  }

  /** Moves a guest's history (kept on this device before signing up) into this account. */
  adoptGuestHistory() {
    const guest = readReviews(this.options.storage, GUEST_HISTORY_KEY);
    if (guest.length === 0) return 0;
    this.add(...guest.map((review) => ({ ...review, fromGuest: true })));
    this.options.storage.removeItem(GUEST_HISTORY_KEY);
    return guest.length;
  }

  flush() {
    if (this.stopped || this.inFlight) return this.changed();
    const batch = this.pending().slice(0, BATCH);
    if (batch.length === 0) return this.changed();
    void this.send(batch);
    this.changed();
  }

  retryNow() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryDelay = this.options.retryMs?.first ?? 1000;
    this.flush();
  }

  /** Resolves once everything stored is saved, or sending has failed for now. */
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

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  stop() {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private async send(batch: StoredReview[]) {
    this.inFlight = true;
    this.changed();
    let result: OutboxSendResult;
    try {
      // The title is for the person's copy only; the server knows its questions.
      result = await this.options.send(batch.map(({ title: _title, ...review }) => review));
    } catch {
      result = { status: "network-error" };
    }
    this.inFlight = false;
    switch (result.status) {
      case "saved": {
        // Skipped reviews (a question no longer in practice) will never be accepted: drop them too.
        const done = new Set([...result.accepted, ...result.duplicates, ...result.skipped]);
        writeReviews(this.options.storage, this.key, this.pending().filter((review) => !done.has(review.id)));
        this.failure = null;
        this.message = null;
        this.retryDelay = this.options.retryMs?.first ?? 1000;
        this.changed();
        if (!this.stopped) this.flush();
        return;
      }
      case "rejected":
        // Never retried and never dropped: the grades stay stored, the badge says why and offers a copy.
        this.failure = "error";
        this.message = result.message;
        break;
      case "signed-out":
        this.failure = "signed-out";
        this.message = "You have been signed out. Sign in again in another tab; your grades are kept on this device and will be saved.";
        this.scheduleRetry();
        break;
      case "network-error":
        this.failure = "offline";
        this.message = "Offline: your grades are kept on this device and will be saved when the connection is back.";
        this.scheduleRetry();
        break;
      case "unavailable":
        // The network is fine but the server cannot save (restarting, database down): not "offline".
        this.failure = "retrying";
        this.message = "The server cannot save right now. Your grades are kept on this device and sent as soon as it can.";
        this.scheduleRetry();
        break;
    }
    this.changed();
  }

  private scheduleRetry() {
    if (this.retryTimer || this.stopped) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.options.retryMs?.max ?? 15_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, delay);
  }

  private settled() {
    return !this.inFlight && (this.pending().length === 0 || this.failure !== null);
  }

  private computeSnapshot(): OutboxSnapshot {
    const pending = this.pending().length;
    return { status: this.failure ?? (pending > 0 || this.inFlight ? "saving" : "saved"), pending, message: this.message };
  }

  private changed() {
    const next = this.computeSnapshot();
    if (JSON.stringify(next) !== JSON.stringify(this.snapshot)) {
      this.snapshot = next;
      for (const listener of this.listeners) listener();
    }
    if (this.settled()) for (const resolve of this.idleWaiters) resolve();
  }
}

/** Storage that can also list its keys (window.localStorage). */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
}

/**
 * Forgets everything practice keeps in this browser for `owner` (a user id, or "guest"): the
 * history or unsent grades, runs in progress, typed answers. Returns how many entries went.
 */
export function clearLocalPractice(storage: ListableStorage, owner: string) {
  const exact = new Set([owner === "guest" ? GUEST_HISTORY_KEY : `${OUTBOX_PREFIX}${owner}`]);
  const prefixes = [`interview-bank:practice:run:${owner}:`, `interview-bank:practice:draft:${owner}:`];
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && (exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix))),
  );
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
