// The browser side of grading, after live scoring's autosave queue (docs/autosave.md): a grade
// (with the typed answer and ticks) is written to localStorage at once, then sent; failed sends
// (offline, timeouts, 5xx, signed out) are retried with backoff and at once when the browser is
// back online. Each review carries an id made when the grade was given, so a resend after a lost
// answer, a second tab sending the same stored review, or a double click is stored once.
// At most one request is in flight. The states, messages and retries are the autosave queue's
// (lib/offline/sender.ts). No React or DOM here: tested against the real server logic.
import { NOT_KEPT_LOCALLY, OfflineSender, readJson, type SendFailure, type SenderSnapshot, type SenderStatus, type StorageLike } from "@/lib/offline/sender";
import type { ReviewBatchResult, ReviewInput, UndoInput } from "./schema";

export type { StorageLike };

export type OutboxStatus = Exclude<SenderStatus, "read-only">;

export type OutboxSendResult = ReviewBatchResult | SendFailure;

export type OutboxSnapshot = SenderSnapshot & { status: OutboxStatus };

/**
 * A review as this device keeps it: with the question's title, for a copy the person can read. An
 * undo waits in the same queue, after the grade it undoes, so the server always gets them in order.
 */
export type StoredReview = (ReviewInput | (UndoInput & { questionId?: string })) & { title?: string };

export const isUndo = (entry: StoredReview): entry is UndoInput & { title?: string } => "undoOf" in entry;

/** Splits stored entries into the request's grades and undos (titles left out: the server knows its questions). */
export function toBatch(entries: StoredReview[]): { reviews: ReviewInput[]; undos: UndoInput[] } {
  const reviews: ReviewInput[] = [];
  const undos: UndoInput[] = [];
  for (const { title: _title, ...entry } of entries) {
    if ("undoOf" in entry) undos.push({ id: entry.id, undoOf: entry.undoOf });
    else reviews.push(entry as ReviewInput);
  }
  return { reviews, undos };
}

export interface OutboxOptions {
  /** Whose reviews: one outbox per user on a shared device. */
  userId: string;
  storage: StorageLike;
  send: (batch: { reviews: ReviewInput[]; undos: UndoInput[] }) => Promise<OutboxSendResult>;
  retryMs?: { first: number; max: number };
  /** The clock stamped on a saved batch (this device's: it is only compared with this device's). */
  now?: () => number;
}

export const OUTBOX_PREFIX = "interview-bank:practice:outbox:";
// When the server last confirmed grades for a user, on this device's clock. A page whose server
// render began before that (the confirmation reached the page being left, after the next page was
// requested) shows data older than what it is told is saved: it refreshes (useReviewOutbox).
export const SAVED_AT_PREFIX = "interview-bank:practice:saved-at:";
const savedAtKey = (userId: string) => `${SAVED_AT_PREFIX}${userId}`;
export const GUEST_HISTORY_KEY = "interview-bank:practice:guest";
const BATCH = 100;

export function readReviews(storage: StorageLike, key: string): StoredReview[] {
  const parsed = readJson(storage.getItem(key));
  return Array.isArray(parsed) ? (parsed as StoredReview[]) : [];
}

function writeReviews(storage: StorageLike, key: string, reviews: StoredReview[]) {
  if (reviews.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(reviews));
}

/** Whether the server confirmed `userId`'s grades after `since` (ms since the epoch, this device's clock). */
export function savedSince(storage: StorageLike, userId: string, since: number) {
  return Number(storage.getItem(savedAtKey(userId)) ?? 0) > since;
}

export class ReviewOutbox extends OfflineSender<OutboxSnapshot> {
  private sending = false;

  constructor(private readonly options: OutboxOptions) {
    super({ retryMs: options.retryMs, what: "grades" });
    this.getSnapshot();
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
    if (!this.keptLocally(() => writeReviews(this.options.storage, this.key, [...stored, ...reviews.filter((review) => !known.has(review.id))]))) {
      this.message = NOT_KEPT_LOCALLY;
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
    if (this.stopped || this.sending) return this.changed();
    const batch = this.pending().slice(0, BATCH);
    if (batch.length === 0) return this.changed();
    void this.send(batch);
    this.changed();
  }

  protected pendingCount() {
    return this.pending().length;
  }

  protected inFlight() {
    return this.sending;
  }

  protected describe(base: SenderSnapshot): OutboxSnapshot {
    return base as OutboxSnapshot;
  }

  private async send(batch: StoredReview[]) {
    this.sending = true;
    this.changed();
    let result: OutboxSendResult;
    try {
      result = await this.options.send(toBatch(batch));
    } catch {
      result = { status: "network-error" };
    }
    this.sending = false;
    if (result.status === "saved") {
      // Skipped reviews (a question no longer in practice) will never be accepted: drop them too.
      const done = new Set([...result.accepted, ...result.duplicates, ...result.skipped]);
      writeReviews(
        this.options.storage,
        this.key,
        this.pending().filter((review) => !done.has(review.id)),
      );
      if (result.accepted.length + result.duplicates.length > 0)
        this.keptLocally(() => this.options.storage.setItem(savedAtKey(this.options.userId), String((this.options.now ?? Date.now)())));
      this.recovered("all");
      this.changed();
      if (!this.stopped) this.flush();
      return;
    }
    // A refusal is never retried and never dropped: the grades stay stored, the badge says why and offers a copy.
    this.failed(result);
    this.changed();
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
  const exact = new Set(owner === "guest" ? [GUEST_HISTORY_KEY] : [`${OUTBOX_PREFIX}${owner}`, savedAtKey(owner)]);
  const prefixes = [`interview-bank:practice:run:${owner}:`, `interview-bank:practice:draft:${owner}:`];
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && (exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix))),
  );
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
